// Parser for ClassAd expressions and new-syntax ad literals, HTCondor 25.x precedence.
//
// Nesting is charged against a budget the way HTCondor's recursive-descent parser spends
// its activation limit: an expression nested in brackets, parentheses, a list, an argument
// or an attribute costs 3, a prefix operator, a conditional branch or an elvis right operand
// costs 1 (see ClassAdParserBase). Exceeding the budget is a parse error, never a stack overflow.
parser grammar ClassAdParser;

options { tokenVocab = ClassAdLexer; superClass = ClassAdParserBase; }

// A whole expression. The caller decides what may follow it (HTCondor ignores trailing
// tokens after a top-level conditional, and after any expression in a non-full parse).
expressionStart : nested ;

// One new-syntax ad literal; the caller decides what may follow it.
classadStart : { enter(3); } classad { leave(3); } ;

nested : { enter(3); } expr { leave(3); } ;

expr    : orExpr ( QMARK branch COLON branch )? ;
branch  : { enter(1); } expr { leave(1); } ;

orExpr     : andExpr    ( OROR   andExpr )* ;
andExpr    : bitOrExpr  ( ANDAND bitOrExpr )* ;
bitOrExpr  : bitXorExpr ( BAR    bitXorExpr )* ;
bitXorExpr : bitAndExpr ( CARET  bitAndExpr )* ;
bitAndExpr : eqExpr     ( AMP    eqExpr )* ;
eqExpr     : relExpr    ( ( EQ | NE | META_EQ | IS | META_NE | ISNT ) relExpr )* ;
relExpr    : shiftExpr  ( ( LT | LE | GT | GE ) shiftExpr )* ;
shiftExpr  : addExpr    ( ( SHL | SHR | USHR ) addExpr )* ;
addExpr    : mulExpr    ( ( PLUS | MINUS ) mulExpr )* ;
mulExpr    : unaryExpr  ( ( STAR | SLASH | PERCENT ) unaryExpr )* ;

unaryExpr
    : op=( MINUS | PLUS | BANG | TILDE ) { enter(1); } unaryExpr { leave(1); }
    | postfixExpr
    ;

postfixExpr
    : primary postfix* ( ELVIS { enter(1); } elvisRight=postfixExpr { leave(1); } )?
    ;

postfix
    : DOT name                  # selection
    | LBRACK nested RBRACK      # subscript
    ;

primary
    : name argList              # call
    | name                      # reference
    | DOT name                  # absoluteReference
    | LPAREN nested RPAREN      # parenthesized
    | classad                   # recordLiteral
    | LBRACE ( nested ( COMMA nested )* )? RBRACE   # listLiteral
    | literal                   # literalValue
    ;

argList : LPAREN ( nested ( ( COMMA | { semicolonSeparatesArguments() }? SEMI ) nested )* )? RPAREN ;

classad : LBRACK ( SEMI* attrDef ( SEMI attrDef? )* )? RBRACK ;
attrDef : name ASSIGN nested ;

name : NAME | QUOTED_NAME | OLD_QUOTED_NAME ;

literal
    : INTEGER | REAL | STRING | OLD_STRING
    | TRUE | FALSE | UNDEFINED | ERROR
    ;
