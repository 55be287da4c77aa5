/**
 * What an expression refers to and what it reduces to in an ad, without evaluating it whole:
 * {@link org.jclassad.analysis.Dereference} finds the expression a reference names (HTCondor's
 * dereferencing), {@link org.jclassad.analysis.ExternalReferences} the names an expression
 * reaches that its ad does not resolve, and {@link org.jclassad.analysis.Flattener} partially
 * evaluates an expression over an ad (HTCondor's flatten-and-inline). Above the evaluator, below
 * the functions that use them ({@code unresolved}, {@code evalInEachContext}).
 */
package org.jclassad.analysis;
