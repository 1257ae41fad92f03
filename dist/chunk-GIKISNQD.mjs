import { createRequire as __halcyonCreateRequire } from 'node:module'; const require = __halcyonCreateRequire(import.meta.url);
import {
  require_dist_cjs
} from "./chunk-AYFUBJEH.mjs";
import "./chunk-54OLFX2J.mjs";
import "./chunk-I6IKL4X6.mjs";
export default require_dist_cjs();
