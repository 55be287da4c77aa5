package org.jclassad.function;

import static org.jclassad.TestSupport.eval;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.jclassad.eval.FunctionRegistry;
import org.junit.jupiter.api.Test;

class TypeFunctionsTest {
    @Test
    void predicatesNeverPropagateUndefinedOrError() {
        assertEquals("true", eval("isUndefined(missingAttr)"));
        assertEquals("true", eval("isError(1/0)"));
        assertEquals("false", eval("isString(undefined)"), "a predicate of undefined is false, not undefined");
    }

    @Test
    void predicatesTestTheExactRuntimeType() {
        assertEquals("false", eval("isInteger(true)"));
        assertEquals("false", eval("isBoolean(1)"), "only the boolean type counts, whatever the docs say");
        assertEquals("false", eval("isReal(1)"));
        assertEquals("true", eval("isList({})"));
        assertEquals("true", eval("isClassAd([])"));
        assertEquals("true", eval("isAbstime(absTime(0, 0))"));
    }

    @Test
    void aRelTimeLiteralIsARealButAComputedRelTimeIsARelTime() {
        assertEquals("false", eval("isReltime(relTime(\"1:00\"))"));
        assertEquals("true", eval("isReal(relTime(\"1:00\"))"));
        assertEquals("true", eval("isReltime(relTime(60))"));
        assertEquals("true", eval("isReltime(timeZoneOffset())"));
    }

    @Test
    void wrongArgumentCountIsError() {
        assertEquals("error", eval("isError()"));
        assertEquals("error", eval("isUndefined(1, 2)"));
    }

    @Test
    void unknownFunctionsParseAndEvaluateToError() {
        assertEquals("true", eval("isError(noSuchFunc(1))"));
        assertEquals("false", eval("isUndefined(noSuchFunc())"));
    }

    @Test
    void namesThatHTCondorDoesNotRegisterAreUnknown() {
        for (String call : new String[] {"length(\"abc\")", "log(1)", "sprintf(\"%d\", 1)", "quoteString(\"a\")",
            "getUSeconds(relTime(1))", "splitSinful(\"<1.2.3.4:5>\")"}) {
            assertEquals("error", eval(call), call + " is not an HTCondor 25.14 function");
        }
    }

    @Test
    void functionNamesIgnoreCase() {
        assertEquals("true", eval("ISSTRING(\"x\")"));
    }

    @Test
    void everyHTCondorFunctionNameIsRegistered() {
        String[] names = {"isundefined", "iserror", "isstring", "isinteger", "isreal", "islist", "isclassad",
            "isboolean", "isabstime", "isreltime", "ifthenelse", "eval", "debug", "unparse", "unresolved", "member",
            "identicalmember", "anycompare", "allcompare", "size", "sum", "avg", "min", "max", "strcat", "join",
            "substr", "toupper", "tolower", "strcmp", "stricmp", "versioncmp", "versionlt", "versionle", "versiongt",
            "versionge", "versioneq", "version_in_range", "stringlistsintersect", "regexp", "regexpmember",
            "regexps", "replace", "replaceall", "int", "real", "string", "bool", "abstime", "reltime", "floor",
            "ceil", "ceiling", "round", "pow", "quantize", "random", "time", "currenttime", "timezoneoffset",
            "daytime", "getyear", "getmonth", "getdayofmonth", "getdayofweek", "getdayofyear", "gethours",
            "getminutes", "getseconds", "getdays", "splittime", "formattime", "interval", "split", "splitusername",
            "splitslotname", "stringlistsize", "stringlistsum", "stringlistavg", "stringlistmin", "stringlistmax",
            "stringlistmember", "stringlistimember", "stringlistsubsetmatch", "stringlistisubsetmatch",
            "stringlist_regexpmember", "envv1tov2", "mergeenvironment", "argstolist", "listtoargs", "userhome",
            "usermap", "evalineachcontext", "countmatches"};
        assertEquals(Set.of(names), FunctionRegistry.withBuiltins().names(),
                "73 core names and 21 HTCondor-registered names, nothing else");
    }
}
