// Lexer for the ClassAd expression language as HTCondor 25.x reads it.
//
// The character stream is a byte string: every char is one byte (0-255). Callers map text to
// bytes (UTF-8) and bytes to chars (Latin-1) before lexing, so that string literals keep the
// exact bytes HTCondor would see.
//
// Two lexical quirks need state and live in ClassAdLexerBase, outside the rules, so that the
// rules stay free of semantic predicates (which would stop ANTLR caching its lexer DFA):
//  * whether a '-' may start a numeric literal depends on the previous token, so numbers are
//    lexed unsigned and the base class joins a '-' to the number that follows it;
//  * old-syntax strings and quoted names are re-scanned by hand (no escapes, no concatenation).
// Malformed input never makes the lexer fail: it becomes one of the BAD_* or ILLEGAL_CHAR
// tokens, which the parser rejects only if it actually reaches them (HTCondor ignores junk
// after a top-level conditional and after the first expression of a non-full parse).
lexer grammar ClassAdLexer;

options { superClass = ClassAdLexerBase; }

tokens { OLD_STRING, OLD_QUOTED_NAME }

WS            : [ \t\n\r\u000B\f]+ -> skip ;
LINE_COMMENT  : '//' ~[\n]* -> skip ;
BLOCK_COMMENT : '/*' .*? '*/' -> skip ;
BAD_COMMENT   : '/*' ( ~'*' | '*'+ ~[*/] )* '*'* EOF ;

TRUE      : [tT][rR][uU][eE] ;
FALSE     : [fF][aA][lL][sS][eE] ;
UNDEFINED : [uU][nN][dD][eE][fF][iI][nN][eE][dD] ;
ERROR     : [eE][rR][rR][oO][rR] ;
IS        : [iI][sS] ;
ISNT      : [iI][sS][nN][tT] ;

NAME        : [A-Za-z_] [A-Za-z0-9_]* ;
QUOTED_NAME     : QNAME ( SPACE* QNAME )* ;
BAD_QUOTED_NAME : '\'' ( ~['\\] | '\\' . )* '\\'? EOF ;

STRING     : QSTR ( SPACE* QSTR )* ;
BAD_STRING : '"' ( ~["\\] | '\\' . )* '\\'? EOF ;

REAL    : DIGIT+ '.' DIGIT+ EXPONENT? | '.' DIGIT+ EXPONENT? | DIGIT+ EXPONENT
        | '..' DIGIT+ EXPONENT?   // HTCondor lexes this as a real; its value is 0 (strtod stops at once)
        ;
INTEGER : '0' [0-7]* | '0' [xX] [0-9a-fA-F]+ | [1-9] DIGIT* ;
BAD_NUMBER
        : DIGIT+ '.'
        | ( DIGIT+ ( '.' DIGIT+ )? | '.' DIGIT+ ) [eE] [+-]?
        | '0' [xX]
        | '0' DIGIT* [89] DIGIT*
        ;

ELVIS   : '?' SPACE* ':' ;
QMARK   : '?' ;
COLON   : ':' ;
META_EQ : '=?=' ;
META_NE : '=!=' ;
BAD_META: '=?' ;
EQ      : '==' ;
NE      : '!=' ;
ASSIGN  : '=' ;
LE      : '<=' ;
GE      : '>=' ;
SHL     : '<<' ;
USHR    : '>>>' ;
SHR     : '>>' ;
LT      : '<' ;
GT      : '>' ;
ANDAND  : '&&' ;
OROR    : '||' ;
AMP     : '&' ;
BAR     : '|' ;
CARET   : '^' ;
TILDE   : '~' ;
BANG    : '!' ;
PLUS    : '+' ;
MINUS   : '-' ;
STAR    : '*' ;
SLASH   : '/' ;
PERCENT : '%' ;
DOT     : '.' '.'? ;   // HTCondor reads '..' not followed by a digit as one selection token
COMMA   : ',' ;
SEMI    : ';' ;
LPAREN  : '(' ;
RPAREN  : ')' ;
LBRACK  : '[' ;
RBRACK  : ']' ;
LBRACE  : '{' ;
RBRACE  : '}' ;

ILLEGAL_CHAR : . ;

fragment EXPONENT : [eE] [+-]? DIGIT+ ;
fragment DIGIT    : [0-9] ;
fragment SPACE    : [ \t\n\r\u000B\f] ;
fragment QSTR     : '"' ( ~["\\] | '\\' . )* '"' ;
fragment QNAME    : '\'' ( ~['\\] | '\\' . )* '\'' ;
