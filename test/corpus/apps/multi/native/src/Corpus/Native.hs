-- | yajl_version() from libyajl, found through pkg-config (pkgconfig-depends: yajl).
-- A plain ccall needs no header, only the library at link time (the -L and -l that
-- pkg-config gives) and at run time.
module Corpus.Native (yajlVersion) where

import Foreign.C.Types (CInt (..))

foreign import ccall unsafe "yajl_version" c_yajl_version :: IO CInt

-- | The version of the yajl library linked in, e.g. "2.1.0" (yajl encodes it as 20100).
yajlVersion :: IO String
yajlVersion = do
  v <- fromIntegral <$> c_yajl_version :: IO Int
  pure (show (v `div` 10000) ++ "." ++ show (v `div` 100 `mod` 100) ++ "." ++ show (v `mod` 100))
