-- | Corpus app "multi": one line showing that the three packages of the project work:
-- a file embedded at compile time (corpus-core, file-embed), a zlib round trip
-- (corpus-core, zlib through pkg-config) and the version of libyajl (corpus-native, FFI).
--
-- "corpus-multi --check" prints that line and exits 0. Without arguments it answers every
-- HTTP request on $PORT (default 8080) with that line, using plain sockets from network.
module Main (main) where

import Control.Concurrent (forkFinally)
import Control.Exception (bracket)
import Control.Monad (forever, unless, void)
import qualified Data.ByteString.Char8 as C
import Corpus.Core (embeddedMessage, zlibRoundTrip)
import Corpus.Native (yajlVersion)
import Network.Socket
import Network.Socket.ByteString (recv, sendAll)
import System.Environment (getArgs, lookupEnv)
import System.Exit (exitFailure)
import System.IO (BufferMode (LineBuffering), hPutStrLn, hSetBuffering, stderr, stdout)
import Text.Read (readMaybe)

report :: IO (String, Bool)
report = do
  yajl <- yajlVersion
  let sample = C.pack (concat (replicate 100 "corpus-multi "))
      (size, intact) = zlibRoundTrip sample
      line = "embedded: " ++ show (C.unpack embeddedMessage)
        ++ "; zlib: " ++ show (C.length sample) ++ " -> " ++ show size ++ " bytes, round trip " ++ (if intact then "ok" else "FAILED")
        ++ "; yajl " ++ yajl
  pure (line, intact)

main :: IO ()
main = do
  hSetBuffering stdout LineBuffering
  args <- getArgs
  case args of
    ["--check"] -> do
      (line, ok) <- report
      putStrLn line
      unless ok exitFailure
    [] -> serve
    _ -> hPutStrLn stderr "usage: corpus-multi [--check]   (listens on $PORT, default 8080)" >> exitFailure

serve :: IO ()
serve = do
  portText <- lookupEnv "PORT"
  port <- case portText of
    Nothing -> pure (8080 :: Int)
    Just text -> case readMaybe text of
      Just p | p > 0 && p < 65536 -> pure p
      _ -> hPutStrLn stderr ("corpus-multi: PORT is not a port number: " ++ show text) >> exitFailure
  (line, _) <- report
  let body = C.pack (line ++ "\n")
      response = C.concat
        [ C.pack "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nConnection: close\r\nContent-Length: "
        , C.pack (show (C.length body)), C.pack "\r\n\r\n", body ]
  addr : _ <- getAddrInfo (Just defaultHints {addrFlags = [AI_PASSIVE], addrSocketType = Stream}) Nothing (Just (show port))
  bracket (socket (addrFamily addr) Stream defaultProtocol) close $ \sock -> do
    setSocketOption sock ReuseAddr 1
    bind sock (addrAddress addr)
    listen sock 64
    putStrLn ("corpus-multi listening on port " ++ show port)
    forever $ do
      (conn, _) <- accept sock
      void $ forkFinally (void (recv conn 4096) >> sendAll conn response) (\_ -> gracefulClose conn 1000)
