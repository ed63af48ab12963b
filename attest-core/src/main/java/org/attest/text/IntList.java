package org.attest.text;

import java.util.Arrays;

/** A growable int array: the hot loops collect offsets without boxing. */
final class IntList {
  private int[] values;
  private int size;

  IntList(int capacity) {
    values = new int[Math.max(4, capacity)];
  }

  void add(int v) {
    if (size == values.length) values = Arrays.copyOf(values, size * 2);
    values[size++] = v;
  }

  void set(int i, int v) {
    values[i] = v;
  }

  void insert(int i, int v) {
    add(0);
    System.arraycopy(values, i, values, i + 1, size - 1 - i);
    values[i] = v;
  }

  int get(int i) {
    return values[i];
  }

  int size() {
    return size;
  }

  void truncate(int n) {
    size = n;
  }

  void clear() {
    size = 0;
  }

  int[] toArray() {
    return Arrays.copyOf(values, size);
  }
}
