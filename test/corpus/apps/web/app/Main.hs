{-# LANGUAGE OverloadedStrings #-}
-- | Corpus app "web": answers GET / with {"app":"corpus-web","ok":true} on $PORT
-- (default 8080), on a real HTTP stack (warp + wai + aeson + http-types).
-- "corpus-web --check" prints that body and exits without listening.
module Main (main) where

import Data.Aeson (Value, encode, object, (.=))
import qualified Data.ByteString.Lazy.Char8 as L
import Network.HTTP.Types (hContentType, methodGet, methodHead, status200, status404)
import Network.Wai (Application, pathInfo, requestMethod, responseLBS)
import Network.Wai.Handler.Warp (run)
import System.Environment (getArgs, lookupEnv)
import System.Exit (exitFailure)
import System.IO (BufferMode (LineBuffering), hPutStrLn, hSetBuffering, stderr, stdout)
import Text.Read (readMaybe)

body :: Value
body = object ["app" .= ("corpus-web" :: String), "ok" .= True]

app :: Application
app request respond
  | null (pathInfo request) && requestMethod request `elem` [methodGet, methodHead] =
      respond (responseLBS status200 [(hContentType, "application/json")] (encode body))
  | otherwise =
      respond (responseLBS status404 [(hContentType, "application/json")] (encode (object ["error" .= ("not found" :: String)])))

main :: IO ()
main = do
  hSetBuffering stdout LineBuffering
  args <- getArgs
  case args of
    ["--check"] -> L.putStrLn (encode body)
    [] -> serve
    _ -> hPutStrLn stderr "usage: corpus-web [--check]   (listens on $PORT, default 8080)" >> exitFailure

serve :: IO ()
serve = do
  portText <- lookupEnv "PORT"
  port <- case portText of
    Nothing -> pure 8080
    Just text -> case readMaybe text of
      Just p | p > 0 && p < 65536 -> pure p
      _ -> hPutStrLn stderr ("corpus-web: PORT is not a port number: " ++ show text) >> exitFailure
  putStrLn ("corpus-web listening on port " ++ show port)
  run port app
