/**
 * A body's or an event's name of several words right after an acronym that is no name of its own, or
 * one of another body the name is not tied to, is the acronym's body's: "the CAF Champions League" is
 * not UEFA's (it was, at 0.88). An acronym tied to the body stays: "UN Security Council". Made-up names.
 */
import { expect, test } from 'vitest';
import { lexiconOf, links } from './helpers.ts';

const lexicon = lexiconOf([
  { id: 'velm-cup', kind: 'event', name: 'Velm Cup', prominence: 0.7, aliases: [{ text: 'Grand League', match: 'ordinary' }], related: ['velm-federation'] },
  { id: 'velm-federation', kind: 'organization', name: 'Velm Federation', prominence: 0.6, aliases: [{ text: 'VFA', match: 'acronym' }], related: ['velm-cup'] },
  { id: 'corva-army', kind: 'organization', name: 'Corva Army', prominence: 0.6, aliases: [{ text: 'CAR', match: 'acronym' }] },
]);
const on = (text: string) => links(text, {}, lexicon);

test('after an acronym the dataset does not hold, or another body\'s, the name is that body\'s', () => {
  expect(on('Ahly won the QZF Grand League on Friday.')).toEqual([]);
  expect(on('Ahly won the CAR Grand League on Friday.')).not.toContain('Grand League→velm-cup');
});

test('after its own body\'s acronym, alone, or across a sentence, the name stays', () => {
  expect(on('Ahly won the VFA Grand League on Friday.')).toEqual(['VFA→velm-federation', 'Grand League→velm-cup']);
  expect(on('Ahly won the Grand League on Friday.')).toEqual(['Grand League→velm-cup']);
  expect(on('Ahly thanked the QZF. Grand League tickets sold out.')).toContain('Grand League→velm-cup');
});
