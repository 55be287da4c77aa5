/**
 * The ANTLR 4 grammar of the ClassAd language: generated lexer and parser, for jclassad's core
 * only (not an API).
 */
module org.jclassad.grammar {
    requires transitive org.antlr.antlr4.runtime;

    exports org.jclassad.grammar to org.jclassad.core;
}
