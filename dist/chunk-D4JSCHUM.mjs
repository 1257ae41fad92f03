import { createRequire as __halcyonCreateRequire } from 'node:module'; const require = __halcyonCreateRequire(import.meta.url);
import {
  StorageTiers
} from "./chunk-UDBZ6L6H.mjs";
import "./chunk-TZRJKOY5.mjs";
import "./chunk-C7SAENDW.mjs";
import "./chunk-I6IKL4X6.mjs";
export {
  StorageTiers
};
