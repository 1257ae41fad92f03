-- | Corpus app "data-files": reads the data file of a dependency (js-jquery's minified
-- jQuery, found through that library's Paths_ module) and two data files of its own
-- (static/hello.txt and static/alias.txt, a symlink to it, found through Paths_corpus_data_files).
--
-- "corpus-data-files --check" prints
--   jquery <version> <byte count>
--   hello.txt: <content>
--   alias.txt: <content>
-- and exits 0. Without arguments it answers every HTTP request on $PORT (default 8080)
-- with that same text, using plain sockets from the network package.
module Main (main) where

import Control.Concurrent (forkFinally)
import Control.Exception (bracket)
import Control.Monad (forever, void)
import qualified Data.ByteString as B
import qualified Data.ByteString.Char8 as C
import Data.Version (showVersion)
import qualified Language.Javascript.JQuery as JQuery
import Network.Socket
import Network.Socket.ByteString (recv, sendAll)
import Paths_corpus_data_files (getDataFileName)
import System.Environment (getArgs, lookupEnv)
import System.Exit (exitFailure)
import System.IO (BufferMode (LineBuffering), hPutStrLn, hSetBuffering, stderr, stdout)
import Text.Read (readMaybe)

report :: IO B.ByteString
report = do
  jquery <- JQuery.file >>= B.readFile
  hello <- getDataFileName "static/hello.txt" >>= B.readFile
  alias <- getDataFileName "static/alias.txt" >>= B.readFile
  pure $ C.unlines
    [ C.pack ("jquery " ++ showVersion JQuery.version ++ " " ++ show (B.length jquery))
    , C.pack "hello.txt: " <> strip hello
    , C.pack "alias.txt: " <> strip alias
    ]
  where strip = C.takeWhile (/= '\n')

main :: IO ()
main = do
  hSetBuffering stdout LineBuffering
  args <- getArgs
  case args of
    ["--check"] -> report >>= C.putStr
    [] -> serve
    _ -> hPutStrLn stderr "usage: corpus-data-files [--check]   (listens on $PORT, default 8080)" >> exitFailure

serve :: IO ()
serve = do
  portText <- lookupEnv "PORT"
  port <- case portText of
    Nothing -> pure (8080 :: Int)
    Just text -> case readMaybe text of
      Just p | p > 0 && p < 65536 -> pure p
      _ -> hPutStrLn stderr ("corpus-data-files: PORT is not a port number: " ++ show text) >> exitFailure
  text <- report
  let response = C.concat
        [ C.pack "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nConnection: close\r\nContent-Length: "
        , C.pack (show (B.length text)), C.pack "\r\n\r\n", text ]
  addr : _ <- getAddrInfo (Just defaultHints {addrFlags = [AI_PASSIVE], addrSocketType = Stream}) Nothing (Just (show port))
  bracket (socket (addrFamily addr) Stream defaultProtocol) close $ \sock -> do
    setSocketOption sock ReuseAddr 1
    bind sock (addrAddress addr)
    listen sock 64
    putStrLn ("corpus-data-files listening on port " ++ show port)
    forever $ do
      (conn, _) <- accept sock
      void $ forkFinally (void (recv conn 4096) >> sendAll conn response) (\_ -> gracefulClose conn 1000)
