package dev.labelsdk.refonte.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** 3D cuboids ({@code geometries.cuboid}); create with {@link Geometry#cuboid(String...)}. */
public final class CuboidGeometry extends TypedGeometry<CuboidGeometry> {

  CuboidGeometry(ObjectNode spec) {
    super("cuboid", spec, CuboidGeometry::new);
  }

  /** Smallest accepted projected width, in pixels. */
  public CuboidGeometry minWidth(int pixels) {
    return option("min_width", pixels);
  }

  /** Smallest accepted projected height, in pixels. */
  public CuboidGeometry minHeight(int pixels) {
    return option("min_height", pixels);
  }

  /** The camera's pinhole intrinsics: focal lengths and principal point, in pixels. */
  public CuboidGeometry cameraIntrinsics(double fx, double fy, double cx, double cy) {
    return option("camera_intrinsics",
        named(new String[] {"fx", "fy", "cx", "cy"}, fx, fy, cx, cy));
  }

  /** The camera's rotation as a unit quaternion. */
  public CuboidGeometry cameraRotationQuaternion(double w, double x, double y, double z) {
    return option("camera_rotation_quaternion",
        named(new String[] {"w", "x", "y", "z"}, w, x, y, z));
  }

  /** The camera's height above the ground. */
  public CuboidGeometry cameraHeight(double height) {
    return option("camera_height", height);
  }

  /** The values under their names, in order (as the JSON object is sent). */
  private static Map<String, Double> named(String[] names, double... values) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (int i = 0; i < names.length; i++) {
      out.put(names[i], values[i]);
    }
    return out;
  }
}
