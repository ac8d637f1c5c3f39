/**
 * Reading and writing jixiao documents: the shared exception and lenient read results.
 *
 * <h2>Exceptions</h2>
 *
 * One policy across the readers and writers of every layout and format, the one FastCSV's and
 * Jackson's users know:
 *
 * <ul>
 *   <li>a method that reads or writes a file, a stream, a {@code Reader} or a {@code Writer}
 *       declares {@link java.io.IOException} and throws it for a failure of the file or stream
 *       (never wrapped);
 *   <li>a method on text or bytes held in memory ({@code String}, {@code byte[]}) declares none;
 *   <li>{@code Iterator} and {@code Stream} methods, which cannot declare it, throw {@link
 *       java.io.UncheckedIOException} with the {@code IOException} as its cause;
 *   <li>input that is wrong (not a table, not JSON of the schema, beyond a limit, and in strict
 *       mode the first problem) throws {@link org.jixiao.io.JixiaoReadException}, unchecked, with
 *       the line, column or path and the offending text, whatever the source.
 * </ul>
 */
@NullMarked
package org.jixiao.io;

import org.jspecify.annotations.NullMarked;
