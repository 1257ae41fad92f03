{-# LANGUAGE InterruptibleFFI #-}
{-# LANGUAGE ScopedTypeVariables #-}
-- | A minimal HTTP/1.0 server on plain sockets, for small examples and tests.
--
-- It listens on 0.0.0.0:PORT, reads one request per connection, answers it and closes
-- the connection. Connections are handled one at a time. The socket calls are @safe@
-- (the blocking ones @interruptible@) foreign calls into @cbits/tiny_http.c@, so a
-- blocked @accept@ never stalls the threaded runtime's other threads and Ctrl-C still
-- stops the server.
module Network.TinyHttp
  ( Request (..)
  , Response (..)
  , serve
  , textResponse
  , notFound
  ) where

import Control.Exception (SomeAsyncException, SomeException, bracket, fromException, throwIO, try)
import Control.Monad (forever, unless, void)
import Data.Bits (shiftR, (.&.), (.|.))
import Data.Char (chr, isSpace, toLower)
import Data.List (isInfixOf)
import Data.Word (Word8)
import Foreign.C.Error (throwErrnoIfMinus1, throwErrnoIfMinus1Retry)
import Foreign.C.String (CString)
import Foreign.C.Types (CChar, CInt (..))
import Foreign.Marshal.Alloc (allocaBytes)
import Foreign.Marshal.Array (peekArray, withArrayLen)
import Foreign.Ptr (Ptr, castPtr)
import System.IO (hPutStrLn, stderr)

foreign import ccall safe "tiny_http_listen" c_listen :: CInt -> IO CInt
-- accept and read can block for long: 'interruptible' (a safe call that an asynchronous
-- exception such as Ctrl-C's UserInterrupt may cut short with EINTR) keeps the server
-- stoppable while it waits.
foreign import ccall interruptible "tiny_http_accept" c_accept :: CInt -> IO CInt
foreign import ccall interruptible "tiny_http_read" c_read :: CInt -> Ptr CChar -> CInt -> IO CInt
foreign import ccall safe "tiny_http_write" c_write :: CInt -> CString -> CInt -> IO CInt
foreign import ccall safe "tiny_http_close" c_close :: CInt -> IO CInt

data Request = Request
  { requestMethod :: String
  -- ^ e.g. @GET@
  , requestPath :: String
  -- ^ the path without the query string, e.g. @/hello@
  , requestQuery :: String
  -- ^ the query string without @?@, or empty
  , requestHeaders :: [(String, String)]
  -- ^ header names in lower case
  }
  deriving (Show)

data Response = Response
  { responseStatus :: Int
  , responseHeaders :: [(String, String)]
  , responseBody :: String
  -- ^ sent as UTF-8
  }
  deriving (Show)

-- | A @text/plain; charset=utf-8@ response.
textResponse :: Int -> String -> Response
textResponse status body = Response status [("Content-Type", "text/plain; charset=utf-8")] body

notFound :: Response
notFound = textResponse 404 "Not Found\n"

-- | Listens on 0.0.0.0:port and answers every request with the handler, forever.
-- A handler that throws gives a 500 answer; the server carries on.
serve :: Int -> (Request -> IO Response) -> IO ()
serve port handler = do
  listenFd <- throwErrnoIfMinus1 ("tiny-http: cannot listen on port " ++ show port) (c_listen (fromIntegral port))
  forever $ do
    fd <- throwErrnoIfMinus1Retry "tiny-http: accept" (c_accept listenFd)
    result <- try (bracket (pure fd) (void . c_close) (handleConnection handler))
    case result of
      Right () -> pure ()
      Left (e :: SomeException)
        | Just (_ :: SomeAsyncException) <- fromException e -> throwIO e
        | otherwise -> hPutStrLn stderr ("tiny-http: connection failed: " ++ show e)

handleConnection :: (Request -> IO Response) -> CInt -> IO ()
handleConnection handler fd = do
  raw <- readHead fd
  case parseRequest raw of
    Nothing -> sendResponse fd False (textResponse 400 "Bad Request\n")
    Just request -> do
      result <- try (handler request)
      response <- case result of
        Right r -> pure r
        Left (e :: SomeException)
          | Just (_ :: SomeAsyncException) <- fromException e -> throwIO e
          | otherwise -> do
              hPutStrLn stderr ("tiny-http: handler failed: " ++ show e)
              pure (textResponse 500 "Internal Server Error\n")
      sendResponse fd (requestMethod request /= "HEAD") response

-- | Reads until the end of the request head (a blank line), end of input, or 64 KiB.
readHead :: CInt -> IO String
readHead fd = allocaBytes chunkSize (go [])
  where
    chunkSize = 4096
    go acc buf = do
      n <- throwErrnoIfMinus1Retry "tiny-http: read" (c_read fd buf (fromIntegral chunkSize))
      chunk <- peekArray (fromIntegral n) (castPtr buf :: Ptr Word8)
      let acc' = acc ++ map (chr . fromIntegral) chunk
      if n == 0 || "\r\n\r\n" `isInfixOf` acc' || "\n\n" `isInfixOf` acc' || length acc' > 65536
        then pure acc'
        else go acc' buf

parseRequest :: String -> Maybe Request
parseRequest raw =
  case lines (filter (/= '\r') raw) of
    (requestLine : headerLines) -> case words requestLine of
      (method : target : _) ->
        let (path, query) = break (== '?') target
         in Just
              Request
                { requestMethod = method
                , requestPath = path
                , requestQuery = drop 1 query
                , requestHeaders = [parseHeader l | l <- takeWhile (not . null) headerLines, ':' `elem` l]
                }
      _ -> Nothing
    [] -> Nothing
  where
    parseHeader l =
      let (name, value) = break (== ':') l
       in (map toLower name, trim (drop 1 value))
    trim = dropWhile isSpace . reverse . dropWhile isSpace . reverse

sendResponse :: CInt -> Bool -> Response -> IO ()
sendResponse fd withBody (Response status headers body) = do
  let bodyBytes = encodeUtf8 body
      headText =
        concatMap
          (++ "\r\n")
          ( ("HTTP/1.0 " ++ show status ++ " " ++ reason status)
              : [name ++ ": " ++ value | (name, value) <- headers]
              ++ ["Content-Length: " ++ show (length bodyBytes), "Connection: close"]
          )
          ++ "\r\n"
      bytes = encodeUtf8 headText ++ (if withBody then bodyBytes else [])
  unless (null bytes) $
    withArrayLen bytes $ \len ptr ->
      void (throwErrnoIfMinus1 "tiny-http: write" (c_write fd (castPtr ptr) (fromIntegral len)))

reason :: Int -> String
reason status = case status of
  200 -> "OK"
  201 -> "Created"
  204 -> "No Content"
  301 -> "Moved Permanently"
  302 -> "Found"
  304 -> "Not Modified"
  400 -> "Bad Request"
  403 -> "Forbidden"
  404 -> "Not Found"
  405 -> "Method Not Allowed"
  500 -> "Internal Server Error"
  503 -> "Service Unavailable"
  _ -> "Status"

encodeUtf8 :: String -> [Word8]
encodeUtf8 = concatMap (map fromIntegral . encodeChar . fromEnum)
  where
    encodeChar :: Int -> [Int]
    encodeChar n
      | n < 0x80 = [n]
      | n < 0x800 = [0xC0 .|. shiftR n 6, 0x80 .|. (n .&. 0x3F)]
      | n < 0x10000 = [0xE0 .|. shiftR n 12, 0x80 .|. (shiftR n 6 .&. 0x3F), 0x80 .|. (n .&. 0x3F)]
      | otherwise =
          [ 0xF0 .|. shiftR n 18
          , 0x80 .|. (shiftR n 12 .&. 0x3F)
          , 0x80 .|. (shiftR n 6 .&. 0x3F)
          , 0x80 .|. (n .&. 0x3F)
          ]
