package org.goodwork.shared.web;

import java.beans.PropertyEditorSupport;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.beans.propertyeditors.CustomCollectionEditor;
import org.springframework.core.ResolvableType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Form records are built through their constructor, and one value that cannot be converted (a
 * tampered option, an unknown code) would leave no form at all to show the errors on. Options are
 * therefore read leniently: an unknown one becomes empty, and the form's own validation says
 * "Select ..." beside the field.
 */
@ControllerAdvice(annotations = Controller.class)
class LenientFormBinding {

    @InitBinder
    void readOptionsLeniently(WebDataBinder binder) {
        binder.registerCustomEditor(UUID.class, new Lenient(UUID::fromString));
        Class<?> target =
                binder.getTargetType() == null ? null : binder.getTargetType().resolve();
        if (target == null || !target.isRecord()) {
            return;
        }
        for (RecordComponent component : target.getRecordComponents()) {
            Class<?> type = component.getType();
            if (type.isEnum()) {
                binder.registerCustomEditor(type, component.getName(), new Lenient(enumParser(type)));
            } else if (Set.class.isAssignableFrom(type)) {
                Class<?> element =
                        ResolvableType.forType(component.getGenericType()).resolveGeneric(0);
                if (element != null && element.isEnum()) {
                    binder.registerCustomEditor(Set.class, component.getName(), new LenientSet(enumParser(element)));
                }
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Function<String, Object> enumParser(Class<?> type) {
        return value -> Enum.valueOf((Class) type, value);
    }

    /** A set of options without the ones that are not options at all. */
    private static final class LenientSet extends CustomCollectionEditor {

        private final Function<String, Object> parse;

        LenientSet(Function<String, Object> parse) {
            super(Set.class);
            this.parse = parse;
        }

        @Override
        protected Object convertElement(Object element) {
            try {
                return element == null ? null : parse.apply(element.toString().strip());
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        @Override
        public void setValue(Object value) {
            super.setValue(value);
            if (getValue() instanceof Collection<?> values) {
                values.removeIf(Objects::isNull);
            }
        }
    }

    private static final class Lenient extends PropertyEditorSupport {

        private final Function<String, Object> parse;

        Lenient(Function<String, Object> parse) {
            this.parse = parse;
        }

        @Override
        public void setAsText(String text) {
            try {
                setValue(text == null || text.isBlank() ? null : parse.apply(text.strip()));
            } catch (IllegalArgumentException e) {
                setValue(null);
            }
        }
    }
}
