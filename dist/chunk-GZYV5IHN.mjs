import { createRequire as __halcyonCreateRequire } from 'node:module'; const require = __halcyonCreateRequire(import.meta.url);
import {
  require_dist_cjs
} from "./chunk-RPZNPGOD.mjs";
import "./chunk-JKKDMF46.mjs";
import "./chunk-WZGVAXJ5.mjs";
import "./chunk-JSBTKPIZ.mjs";
import "./chunk-I6IKL4X6.mjs";
export default require_dist_cjs();
