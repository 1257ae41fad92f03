import { createRequire as __halcyonCreateRequire } from 'node:module'; const require = __halcyonCreateRequire(import.meta.url);
import {
  StorageTiers
} from "./chunk-WSVU2Y2B.mjs";
import "./chunk-G6H4CZ5J.mjs";
import "./chunk-IMWYNXDL.mjs";
import "./chunk-C7SAENDW.mjs";
import "./chunk-I6IKL4X6.mjs";
export {
  StorageTiers
};
