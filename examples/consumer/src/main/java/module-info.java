/** A sample application using jclassad through its exported packages only. */
module org.example.consumer {
    requires org.jclassad.transform;    // and, transitively, org.jclassad.core

    // AdMapper builds the records by reflection
    opens org.example.consumer to org.jclassad.core;
}
