/** Jackson serialisers for ClassAds in HTCondor's JSON form: {@link org.jclassad.jackson.ClassAdModule}. */
module org.jclassad.jackson {
    requires transitive org.jclassad.core;
    requires transitive com.fasterxml.jackson.databind;

    exports org.jclassad.jackson;
}
