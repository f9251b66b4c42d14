/**
 * Prompts: the catalog of prompt keys and their words per language ({@link
 * org.ledgerline.ivr.prompt.PromptCatalog}), where each key's audio lives for Asterisk ({@link
 * org.ledgerline.ivr.prompt.CatalogSoundLibrary}), the generator that renders the catalog to 8 kHz
 * WAV with FreeTTS ({@link org.ledgerline.ivr.prompt.PromptGenerator}) and the "say" module that
 * speaks amounts, dates, ordinals and digit strings from word prompts ({@link
 * org.ledgerline.ivr.prompt.Say}). Flows deal only in {@link org.ledgerline.ivr.prompt.Utterance}s
 * of keys; they never name files.
 */
@NullMarked
package org.ledgerline.ivr.prompt;

import org.jspecify.annotations.NullMarked;
