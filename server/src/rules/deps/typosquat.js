// ai-audit-test-path: test/fixtures/deps-project/web/src/typos.js
// ruleid: deps/typosquat
const _ = require('lodahs');
// ruleid: deps/typosquat
import axios from 'axois';
// ok: deps/typosquat
import express from 'express';
// ok: deps/typosquat
import * as ESTree from 'estree';
// ok: deps/typosquat
const { readFile } = require('node:fs/promises');
// ok: deps/typosquat
import { helper } from './lodahs';
// ok: deps/typosquat
const dayjs = await import('dayjs');
import {
  Router,
  json,
  // ruleid: deps/typosquat
} from 'exprss';
