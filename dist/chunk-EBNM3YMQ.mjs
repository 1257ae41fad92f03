import { createRequire as __halcyonCreateRequire } from 'node:module'; const require = __halcyonCreateRequire(import.meta.url);
import {
  StorageTiers
} from "./chunk-WSEFWM6M.mjs";
import "./chunk-XS32B45J.mjs";
import "./chunk-C7SAENDW.mjs";
import "./chunk-MLD6YFNX.mjs";
import "./chunk-I6IKL4X6.mjs";
export {
  StorageTiers
};
