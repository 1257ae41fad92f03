import { createRequire as __halcyonCreateRequire } from 'node:module'; const require = __halcyonCreateRequire(import.meta.url);
import {
  StorageTiers
} from "./chunk-NP63PMN7.mjs";
import "./chunk-JI7XCXVN.mjs";
import "./chunk-WRHVEX2K.mjs";
import "./chunk-C7SAENDW.mjs";
import "./chunk-I6IKL4X6.mjs";
export {
  StorageTiers
};
