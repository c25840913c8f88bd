package io.tsunagu.staffdirectory.shift;

/** An exception to the weekly shifts: a day or hours off (a holiday, a sick day), or extra work. */
public enum ExceptionKind {
    OFF,
    WORK
}
