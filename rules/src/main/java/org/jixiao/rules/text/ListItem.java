package org.jixiao.rules.text;

/**
 * One item of a cell that holds a list: {@code 1.举办公益招聘会60场} is item 1 with text
 * {@code 举办公益招聘会60场}. Items of a list separated only by semicolons are numbered 0.
 *
 * @param number the printed item number, 0 when the list is not numbered
 * @param text the item's text without its marker and trailing separators
 */
public record ListItem(int number, String text) {}
