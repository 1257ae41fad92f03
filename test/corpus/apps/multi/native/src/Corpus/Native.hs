{-# LANGUAGE CApiFFI #-}
-- | yajl_version() from libyajl, found through pkg-config (pkgconfig-depends: yajl).
module Corpus.Native (yajlVersion) where

import Foreign.C.Types (CInt (..))

foreign import capi unsafe "yajl/yajl_version.h yajl_version" c_yajl_version :: IO CInt

-- | The version of the yajl library linked in, e.g. "2.1.0" (yajl encodes it as 20100).
yajlVersion :: IO String
yajlVersion = do
  v <- fromIntegral <$> c_yajl_version :: IO Int
  pure (show (v `div` 10000) ++ "." ++ show (v `div` 100 `mod` 100) ++ "." ++ show (v `mod` 100))
