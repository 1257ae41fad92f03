import { createRequire as __halcyonCreateRequire } from 'node:module'; const require = __halcyonCreateRequire(import.meta.url);
import {
  StorageTiers
} from "./chunk-6T747N6Q.mjs";
import "./chunk-LKVLAP2N.mjs";
import "./chunk-E3IYZU3G.mjs";
import "./chunk-MLD6YFNX.mjs";
import "./chunk-I6IKL4X6.mjs";
export {
  StorageTiers
};
