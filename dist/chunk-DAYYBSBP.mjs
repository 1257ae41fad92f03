import { createRequire as __halcyonCreateRequire } from 'node:module'; const require = __halcyonCreateRequire(import.meta.url);
import {
  StorageTiers
} from "./chunk-Z5DLES6P.mjs";
import "./chunk-TS5E4KEI.mjs";
import "./chunk-4BEIGBWI.mjs";
import "./chunk-C7SAENDW.mjs";
import "./chunk-I6IKL4X6.mjs";
export {
  StorageTiers
};
