package org.jclassad.function;

import java.util.List;
import java.util.function.UnaryOperator;

import org.jclassad.eval.Arguments;
import org.jclassad.eval.EvalFailure;
import org.jclassad.eval.FunctionRegistry;
import org.jclassad.text.ByteStrings;
import org.jclassad.value.StringValue;
import org.jclassad.value.Value;

/**
 * HTCondor's {@code userHome} and {@code userMap}, answering from {@link UserMaps} (by default:
 * no maps, {@code userHome} disabled, as in a tool without such configuration).
 */
final class UserFunctions {
    private UserFunctions() {
    }

    static void register(FunctionRegistry r) {
        r.register("userHome", UserFunctions::userHome);
        r.register("userMap", UserFunctions::userMap);
    }

    /**
     * {@code userHome(name [, default])}: the user's home directory, else the default (a
     * non-empty string), else undefined (error when the name is not a string).
     */
    static Value userHome(Arguments a) {
        if (a.size() != 1 && a.size() != 2) {
            throw EvalFailure.fail();
        }
        String fallback = "";
        if (a.size() == 2) {
            Value d = a.context().evaluateOrError(a.node(1), a.context().current());
            if (d instanceof StringValue) {
                fallback = ((StringValue) d).bytes();
            }
        }
        Value name = a.context().evaluateOrError(a.node(0), a.context().current());
        if (name.isUndefined() && fallback.isEmpty()) {
            return Value.UNDEFINED;
        }
        if (!(name instanceof StringValue)) {
            return fallback.isEmpty() ? Value.ERROR : Value.ofBytes(fallback);
        }
        UnaryOperator<String> homes = UserMaps.homeDirectories();
        String home = homes == null ? null : homes.apply(((StringValue) name).bytes());
        if (home == null) {
            return fallback.isEmpty() ? Value.UNDEFINED : Value.ofBytes(fallback);
        }
        return Value.ofBytes(home);
    }

    /**
     * {@code userMap(map, user [, preferred [, default]])}: the mapped string (2 arguments), or
     * its item equal to {@code preferred} (ignoring case) else its first item; undefined, or the
     * default, when there is no mapping.
     */
    static Value userMap(Arguments a) {
        int n = a.size();
        if (n < 2 || n > 4) {
            return Value.ERROR;
        }
        Value map = a.get(0);
        Value user = a.get(1);
        Value preferred = n >= 3 ? a.get(2) : Value.UNDEFINED;
        Value fallback = n == 4 ? a.get(3) : Value.UNDEFINED;
        if (!(map instanceof StringValue) || !(user instanceof StringValue)) {
            if (map.isError() || user.isError()) {
                return Value.ERROR;
            }
            return fallback;
        }
        String mapped = UserMaps.map(((StringValue) map).bytes(), ((StringValue) user).bytes());
        if (mapped == null) {
            return fallback;
        }
        if (n == 2) {
            return Value.ofBytes(mapped);
        }
        List<String> items = StringListFunctions.tokens(mapped, ",");
        if (preferred instanceof StringValue) {
            for (String item : items) {
                if (ByteStrings.compareIgnoreCase(item, ((StringValue) preferred).bytes()) == 0) {
                    return Value.ofBytes(item);
                }
            }
        }
        return items.isEmpty() ? fallback : Value.ofBytes(items.get(0));
    }
}
