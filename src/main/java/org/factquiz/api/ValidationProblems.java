package org.factquiz.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Bean Validation failures as problems: a body field at fault gives 422 with a JSON pointer
 * ("/email"), a query or path parameter gives 400 naming the parameter. Overrides Jersey's mapper.
 */
final class ValidationProblems implements jakarta.ws.rs.ext.ExceptionMapper<ConstraintViolationException> {
  @Override
  public Response toResponse(ConstraintViolationException e) {
    List<ProblemView.FieldError> errors = new ArrayList<>();
    boolean parameterFault = false;
    for (ConstraintViolation<?> v : e.getConstraintViolations()) {
      ProblemView.FieldError error = describe(v);
      parameterFault |= error.parameter() != null;
      errors.add(error);
    }
    errors.sort(Comparator.comparing((ProblemView.FieldError f) -> String.valueOf(f.pointer()))
        .thenComparing(f -> String.valueOf(f.parameter())));
    int status = parameterFault ? 400 : 422;
    String detail = errors.size() == 1 ? errors.get(0).detail() : errors.size() + " fields are invalid";
    if (errors.size() == 1) {
      ProblemView.FieldError f = errors.get(0);
      detail = (f.parameter() != null ? f.parameter() : f.pointer().isEmpty() ? "the body" : f.pointer()) + ": " + f.detail();
    }
    return ProblemView.response(new ProblemView(ProblemView.type("validation"), "Invalid input", status, detail,
        errors, null));
  }

  private static ProblemView.FieldError describe(ConstraintViolation<?> v) {
    StringBuilder pointer = new StringBuilder();
    Method method = null;
    Path.MethodNode methodNode = null;
    String parameter = null;
    for (Path.Node node : v.getPropertyPath()) {
      if (node.getKind() == ElementKind.METHOD) {
        methodNode = node.as(Path.MethodNode.class);
      } else if (node.getKind() == ElementKind.PARAMETER) {
        int index = node.as(Path.ParameterNode.class).getParameterIndex();
        method = find(v.getRootBeanClass(), methodNode);
        parameter = method == null ? null : parameterName(method.getParameterAnnotations()[index]);
      } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
        if (node.getName() != null && node.getKind() == ElementKind.PROPERTY) {
          pointer.append('/').append(node.getName());
        }
        if (node.getIndex() != null) {
          pointer.append('/').append(node.getIndex());
        } else if (node.getKey() != null) {
          pointer.append('/').append(node.getKey());
        }
      }
    }
    if (parameter != null && pointer.length() == 0) {
      return new ProblemView.FieldError(null, parameter, v.getMessage());
    }
    return new ProblemView.FieldError(pointer.toString(), null, v.getMessage());
  }

  private static Method find(Class<?> type, Path.MethodNode node) {
    if (node == null) {
      return null;
    }
    for (Method m : type.getMethods()) {
      if (m.getName().equals(node.getName()) && List.of(m.getParameterTypes()).equals(node.getParameterTypes())) {
        return m;
      }
    }
    return null;
  }

  private static String parameterName(Annotation[] annotations) {
    for (Annotation a : annotations) {
      if (a instanceof QueryParam q) {
        return q.value();
      }
      if (a instanceof PathParam p) {
        return p.value();
      }
    }
    return null;
  }
}
