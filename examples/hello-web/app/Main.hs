-- | The example app: answers GET / with a greeting and a line from a data file.
module Main (main) where

import Data.Version (showVersion)
import Network.TinyHttp (Request (..), Response, notFound, serve, textResponse)
import Paths_hello_web (getDataFileName, version)
import System.Environment (getArgs, lookupEnv)
import System.Exit (exitFailure)
import System.IO (BufferMode (LineBuffering), IOMode (ReadMode), hGetLine, hPutStrLn, hSetBuffering, hSetEncoding, stderr, stdout, utf8, withFile)
import Text.Read (readMaybe)

main :: IO ()
main = do
  args <- getArgs
  case args of
    ["--version"] -> putStrLn ("hello-web " ++ showVersion version)
    [] -> run
    _ -> do
      hPutStrLn stderr "usage: hello-web [--version]   (listens on $PORT, default 5000)"
      exitFailure

run :: IO ()
run = do
  hSetBuffering stdout LineBuffering
  portText <- lookupEnv "PORT"
  port <- case portText of
    Nothing -> pure 5000
    Just text -> case readMaybe text of
      Just p | p > 0 && p < 65536 -> pure p
      _ -> do
        hPutStrLn stderr ("hello-web: PORT is not a port number: " ++ show text)
        exitFailure
  greetingFile <- getDataFileName "static/greeting.txt"
  line <- withFile greetingFile ReadMode $ \h -> hSetEncoding h utf8 >> hGetLine h
  putStrLn ("hello-web listening on port " ++ show port)
  serve port (handle line)

handle :: String -> Request -> IO Response
handle line request
  | requestPath request == "/" && requestMethod request `elem` ["GET", "HEAD"] =
      pure (textResponse 200 ("Hello from Haskell on Heroku!\n" ++ line ++ "\n"))
  | otherwise = pure notFound
