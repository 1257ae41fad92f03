{-# LANGUAGE TemplateHaskell #-}
-- | Template Haskell from a real Hackage package (file-embed embeds embedded/message.txt
-- at compile time), and zlib (built with its pkg-config flag, see cabal.project).
module Corpus.Core (embeddedMessage, zlibRoundTrip) where

import qualified Codec.Compression.GZip as GZip
import qualified Data.ByteString as B
import qualified Data.ByteString.Char8 as C
import qualified Data.ByteString.Lazy as L
import Data.FileEmbed (embedFile, makeRelativeToProject)

-- | The first line of embedded/message.txt, as it was when this package was compiled.
embeddedMessage :: B.ByteString
embeddedMessage = C.takeWhile (/= '\n') $(makeRelativeToProject "embedded/message.txt" >>= embedFile)

-- | Compresses and decompresses a text; gives the compressed size and whether it came back intact.
zlibRoundTrip :: B.ByteString -> (Int, Bool)
zlibRoundTrip text = (fromIntegral (L.length compressed), L.toStrict (GZip.decompress compressed) == text)
  where compressed = GZip.compress (L.fromStrict text)
