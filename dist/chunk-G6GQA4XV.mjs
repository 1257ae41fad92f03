import { createRequire as __halcyonCreateRequire } from 'node:module'; const require = __halcyonCreateRequire(import.meta.url);
import {
  require_dist_cjs
} from "./chunk-A5Z3ZFXV.mjs";
import "./chunk-MLD6YFNX.mjs";
import "./chunk-I6IKL4X6.mjs";
export default require_dist_cjs();
