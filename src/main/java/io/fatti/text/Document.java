package io.fatti.text;

import io.fatti.core.ArticleContext;
import io.fatti.core.Span;
import java.util.List;

/**
 * One article prepared for the extractors: normalised text, tokens, sentences and the article context.
 * Extractors read normalised offsets and tokens, and make every mention's span with {@link #span(int, int)}, which
 * maps back into the original text. Not thread-safe; one per extraction.
 */
public final class Document {

    private final NormalizedText normalized;
    private final List<Token> tokens;
    /** The same tokens as an array: {@link #token(int)} is the most frequent call of every stage. */
    private final Token[] tokenArray;
    private final List<int[]> sentences;
    /** sentenceOfToken[i] = index of the sentence holding token i. */
    private final int[] sentenceOfToken;
    private final ArticleContext context;

    public Document(NormalizedText normalized, List<Token> tokens, List<int[]> sentences, ArticleContext context) {
        this.normalized = normalized;
        this.tokens = List.copyOf(tokens);
        this.tokenArray = this.tokens.toArray(new Token[0]);
        this.sentences = List.copyOf(sentences);
        this.context = context;
        this.sentenceOfToken = new int[tokens.size()];
        int s = 0;
        for (int i = 0; i < tokens.size(); i++) {
            while (s + 1 < sentences.size() && tokens.get(i).start() >= sentences.get(s + 1)[0]) {
                s++;
            }
            sentenceOfToken[i] = s;
        }
    }

    /** The original article text. */
    public String original() {
        return normalized.original();
    }

    /** The normalised text that token offsets refer to. */
    public String text() {
        return normalized.text();
    }

    public NormalizedText normalized() {
        return normalized;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public Token token(int i) {
        return tokenArray[i];
    }

    public int size() {
        return tokenArray.length;
    }

    /** Sentences as {start, end} offsets in the normalised text. */
    public List<int[]> sentences() {
        return sentences;
    }

    public int sentenceOf(int tokenIndex) {
        return sentenceOfToken[tokenIndex];
    }

    /** True when tokens i and j are in the same sentence. */
    public boolean sameSentence(int i, int j) {
        return sentenceOfToken[i] == sentenceOfToken[j];
    }

    public ArticleContext context() {
        return context;
    }

    /** Maps a normalised range to a span of the original text. */
    public Span span(int start, int end) {
        return normalized.toOriginal(start, end);
    }

    /** The original-text span covering tokens {@code from} to {@code to}, both inclusive. */
    public Span tokenSpan(int from, int to) {
        return span(tokenArray[from].start(), tokenArray[to].end());
    }

    /**
     * The tokens {first, last} lying within an original-text span (a mention's), or null when none does. Binary
     * search: token offsets grow with the index.
     */
    public int[] tokensWithin(Span span) {
        int lo = 0;
        int hi = size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokenSpan(mid, mid).start() < span.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int last = lo - 1;
        while (last + 1 < size() && tokenSpan(last + 1, last + 1).end() <= span.end()) {
            last++;
        }
        return last < lo ? null : new int[] {lo, last};
    }

    /** The original text under a span. */
    public String original(Span span) {
        return normalized.original().substring(span.start(), span.end());
    }

    /** The original-text span of sentence {@code s}. */
    public Span sentenceSpan(int s) {
        int[] r = sentences.get(s);
        return span(r[0], r[1]);
    }

    /** True when token i touches token i-1 with no space between ("25mila", "5.000mAh", "1.299€"). */
    public boolean glued(int i) {
        return i > 0 && i < tokenArray.length && tokenArray[i - 1].end() == tokenArray[i].start();
    }
}
