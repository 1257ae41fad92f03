import { createRequire as __halcyonCreateRequire } from 'node:module'; const require = __halcyonCreateRequire(import.meta.url);
import {
  StorageTiers
} from "./chunk-FR77YHWL.mjs";
import "./chunk-Q3FPFAZT.mjs";
import "./chunk-HL2DB4DP.mjs";
import "./chunk-MLD6YFNX.mjs";
import "./chunk-I6IKL4X6.mjs";
export {
  StorageTiers
};
