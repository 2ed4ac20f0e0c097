/**
 * Where quick exit leads: a neutral site that opens anywhere a reader may be.
 * A search engine's home page looks ordinary on any screen; Bing is used
 * because it also answers in mainland China, where Google does not.
 */
export const QUICK_EXIT_URL = 'https://www.bing.com/';
