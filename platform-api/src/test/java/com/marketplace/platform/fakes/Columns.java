package com.marketplace.platform.fakes;

import java.lang.reflect.Field;

/**
 * Reads and writes an entity's fields by name, as Hibernate does for the database: the fakes stand
 * in for conditional UPDATEs, which change rows without going through the entity's methods.
 */
final class Columns {

    private Columns() {
    }

    static <T> T set(T entity, String field, Object value) {
        try {
            Field column = entity.getClass().getDeclaredField(field);
            column.setAccessible(true);
            column.set(entity, value);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(entity.getClass().getSimpleName() + " has no field " + field, e);
        }
    }

    static Object get(Object entity, String field) {
        try {
            Field column = entity.getClass().getDeclaredField(field);
            column.setAccessible(true);
            return column.get(entity);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(entity.getClass().getSimpleName() + " has no field " + field, e);
        }
    }
}
