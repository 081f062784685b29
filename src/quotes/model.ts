// wink-nlp's English model as kara-news loads it. The package's own loader takes 150 ms here: its
// 3 MB of data, bundled, is a JavaScript literal to compile, which it then deep-copies, and its
// lexicon is decoded from base64 a character at a time. Here the same data is read from dist/wink/
// (written from the package's files by scripts/build.mjs): JSON parsed once, the packed tables as
// the bytes they are, the word tables as Maps. The package's own code (feature extraction,
// lemmatiser, setters) is used as it is. Only sentences and tags are asked for, so the
// sentiment, negation and entity machines are given empty.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import featureFn from 'wink-eng-lite-web-model/dist/feature.js';
import lemmatize from 'wink-eng-lite-web-model/dist/lemmatize.js';
import posSetter from 'wink-eng-lite-web-model/dist/pos-setter.js';
import posTransformers from 'wink-eng-lite-web-model/dist/pos-transformers.js';
import posUpdater from 'wink-eng-lite-web-model/dist/pos-updater.js';
import sbdSetter from 'wink-eng-lite-web-model/dist/sbd-setter.js';
import sbdTransformers from 'wink-eng-lite-web-model/dist/sbd-transformers.js';
import type { Model } from 'wink-nlp';
import { winkModelDir } from '../paths.js';

/** One of the model's data files, parsed. */
const data = (name: string): unknown => JSON.parse(readFileSync(join(winkModelDir, `eng-${name}-model.json`), 'utf8'));

/** A machine that recognises nothing: for the annotations kara-news never asks for. */
const EMPTY_MACHINE = JSON.stringify([100, 0, { 0: {} }, {}, {}, {}]);

/** The core model's fields this loader fills in, as the package's read-core-model.js does. */
interface Core {
  lexicon: Uint32Array;
  xpansions: Uint32Array;
  packing: { layout: Record<string, number[]>; efList: string[] };
  features: Record<string, { list: string[]; hash: Record<string, number>; intrinsicSize: number; index: number; maxIndex: number }>;
  pos: { hash: Record<string, number> };
}

/** One of the core model's packed tables, written out by the build as the 32-bit words it holds. */
const table = (name: string): Uint32Array => {
  const bytes = readFileSync(join(winkModelDir, `eng-core-web-${name}.bin`));
  return new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
};

/**
 * A word-to-index table read as an object (`hash[word]`, `hash[word] = index`), kept in a Map: a
 * Map of the model's 87,593 words is made in half the time an object of them takes.
 */
const hashOf = (list: readonly string[]): Record<string, number> => {
  const map = new Map<string, number>();
  list.forEach((value, k) => map.set(value, k));
  return new Proxy(map, {
    get: (m, key) => (typeof key === 'string' ? m.get(key) : undefined),
    set: (m, key, value: number) => (typeof key === 'string' && m.set(key, value), true),
  }) as unknown as Record<string, number>;
};

/** The core model: what read-core-model.js and load-core-model.js make of the data, without their deep copy. */
function core(): Core {
  const model = data('core-web') as Core;
  model.lexicon = table('lexicon');
  model.xpansions = table('xpansions');
  const { layout } = model.packing;
  const features = model.features;
  for (const f in layout) if (layout[f]![3] === 0) features[f]!.hash = hashOf(features[f]!.list);
  features['lexeme']!.hash = hashOf(features['lexeme']!.list);
  const clusters = features['posClusters']!.list as unknown as Set<number>[] & string[];
  for (let k = 0; k < clusters.length; k++) clusters[k] = new Set((clusters[k] as unknown as string).split('_').map((e) => model.pos.hash[e] ?? 0)) as never;
  model.packing.efList = [];
  for (const f in layout) {
    const spec = layout[f]!;
    if (spec[3] === 0) {
      features[f]!.intrinsicSize = features[f]!.list.length;
      features[f]!.index = features[f]!.list.length;
      features[f]!.maxIndex = spec[1]! >>> spec[2]!;
    }
    if (spec[4] === 1) model.packing.efList.push(f);
  }
  features['lexeme']!.intrinsicSize = features['lexeme']!.list.length;
  features['lexeme']!.index = features['lexeme']!.list.length;
  return model;
}

/** The model wink-nlp is given. */
export function englishModel(): Model {
  const model = Object.create(null) as Record<string, unknown>;
  model['core'] = core;
  model['sbd'] = () => ({ machines: data('sbd'), setter: sbdSetter, transformers: sbdTransformers });
  model['pos'] = () => ({ machines: data('pos'), setter: posSetter, updater: posUpdater, transformers: posTransformers });
  model['ner'] = () => ({ machines: [], transformers: [] });
  model['negation'] = () => ({ machines: [EMPTY_MACHINE], setter: () => undefined });
  model['sa'] = () => ({ machines: [EMPTY_MACHINE], setter: () => undefined });
  model['metaCER'] = () => ({ machines: JSON.stringify(data('cer-meta')), transformers: [] });
  model['featureFn'] = featureFn;
  model['addons'] = Object.assign(Object.create(null) as object, { lemmatize, stem: (word: string) => word, readabilityStats: () => null, wordVectors: undefined });
  return model as unknown as Model;
}
