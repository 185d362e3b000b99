/**
 * Types for the `natural` files imported directly. Importing the package root
 * costs about half a second and loads database drivers, so the analysis
 * imports only the Porter stemmer and the English stop word list, and, on the
 * first question, the Lancaster stemmer that groups words of one family.
 */
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const PorterStemmer: { stem(token: string): string };
  export default PorterStemmer;
}

declare module 'natural/lib/natural/util/stopwords.js' {
  export const words: string[];
}

declare module 'natural/lib/natural/stemmers/lancaster_stemmer.js' {
  const LancasterStemmer: { stem(token: string): string };
  export default LancasterStemmer;
}
