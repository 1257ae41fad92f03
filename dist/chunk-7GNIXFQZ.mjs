import { createRequire as __halcyonCreateRequire } from 'node:module'; const require = __halcyonCreateRequire(import.meta.url);
import {
  StorageTiers
} from "./chunk-WG7UOOGS.mjs";
import "./chunk-TZRJKOY5.mjs";
import "./chunk-C7SAENDW.mjs";
import "./chunk-WZGVAXJ5.mjs";
import "./chunk-JSBTKPIZ.mjs";
import "./chunk-I6IKL4X6.mjs";
export {
  StorageTiers
};
