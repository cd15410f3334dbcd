import { loadDictionary, loadMoreMessages } from '../src/i18n/i18n.ts';

// The app waits for English and the later screens' words; tests start with all ready.
await Promise.all([loadDictionary('en'), loadMoreMessages()]);
