# Third-party code, all of it from Debian packages (see deps.lock and scripts/setup).

# Header-only libraries installed under /usr/include. Under emcc we must not put all of
# /usr/include on the path (glibc headers would leak into the wasm build), so a folder of
# links to just these libraries is used, natively too, for one behaviour everywhere.
set(UNKNOT_SYSINC "${CMAKE_BINARY_DIR}/sysinc")
file(MAKE_DIRECTORY "${UNKNOT_SYSINC}")
foreach(lib cereal rapidjson catch2)
  if(NOT EXISTS "${UNKNOT_SYSINC}/${lib}")
    if(NOT EXISTS "/usr/include/${lib}")
      message(FATAL_ERROR "/usr/include/${lib} is missing: run scripts/setup")
    endif()
    file(CREATE_LINK "/usr/include/${lib}" "${UNKNOT_SYSINC}/${lib}" SYMBOLIC)
  endif()
endforeach()
add_library(unknot_sysdeps INTERFACE)
target_include_directories(unknot_sysdeps SYSTEM INTERFACE "${UNKNOT_SYSINC}")

if(EMSCRIPTEN)
  # SDL2 built for wasm by scripts/setup from Debian's source package.
  set(SDL2_WASM "${UNKNOT_DEPS_DIR}/sdl2-wasm")
  if(NOT EXISTS "${SDL2_WASM}/lib/libSDL2.a")
    message(FATAL_ERROR "${SDL2_WASM}/lib/libSDL2.a is missing: run scripts/setup")
  endif()
  add_library(sdl2 INTERFACE)
  target_include_directories(sdl2 SYSTEM INTERFACE "${SDL2_WASM}/include/SDL2")
  target_link_libraries(sdl2 INTERFACE "${SDL2_WASM}/lib/libSDL2.a")

  # Dear ImGui 1.90.1 from Debian's source package, without its demo and debug windows.
  set(IMGUI_DIR "${UNKNOT_DEPS_DIR}/imgui")
  add_library(imgui STATIC
    "${IMGUI_DIR}/imgui.cpp" "${IMGUI_DIR}/imgui_draw.cpp" "${IMGUI_DIR}/imgui_tables.cpp"
    "${IMGUI_DIR}/imgui_widgets.cpp" "${IMGUI_DIR}/backends/imgui_impl_sdl2.cpp"
    "${IMGUI_DIR}/backends/imgui_impl_opengl3.cpp")
  target_include_directories(imgui SYSTEM PUBLIC "${IMGUI_DIR}" "${IMGUI_DIR}/backends")
  target_compile_definitions(imgui PUBLIC
    IMGUI_DISABLE_DEMO_WINDOWS IMGUI_DISABLE_DEBUG_TOOLS IMGUI_DISABLE_OBSOLETE_FUNCTIONS
    IMGUI_DISABLE_FILE_FUNCTIONS IMGUI_DEFINE_MATH_OPERATORS
    IMGUI_IMPL_OPENGL_ES3)  # WebGL2: GLSL "#version 300 es"
  target_link_libraries(imgui PUBLIC sdl2)
endif()
