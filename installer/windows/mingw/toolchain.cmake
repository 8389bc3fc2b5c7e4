# CMake toolchain: Windows x86-64 with Debian's MinGW-w64 (posix threads),
# everything linked statically. Used for the dependencies
# (installer/windows/mingw/deps.sh) and for privacy-guard itself
# (./dev.sh windows).
#
#   PG_WINDOWS_DEPS   ;-list of dependency prefixes (deps.sh prints it);
#                     searched for libraries, headers, CMake packages and
#                     pkg-config files, and nothing of the build machine is.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR AMD64)
set(PG_MINGW_TRIPLE x86_64-w64-mingw32)
set(CMAKE_C_COMPILER ${PG_MINGW_TRIPLE}-gcc-posix)
set(CMAKE_CXX_COMPILER ${PG_MINGW_TRIPLE}-g++-posix)
set(CMAKE_RC_COMPILER ${PG_MINGW_TRIPLE}-windres)
set(CMAKE_AR ${PG_MINGW_TRIPLE}-gcc-ar-posix CACHE FILEPATH "")
set(CMAKE_RANLIB ${PG_MINGW_TRIPLE}-gcc-ranlib-posix CACHE FILEPATH "")

# Baseline x86-64 with SSSE3..SSE4.2 and POPCNT (x86-64-v2): Hyperscan needs
# SSSE3 and has no fat runtime on Windows, so nothing may depend on the
# build machine's CPU. U_STATIC_IMPLEMENTATION, SODIUM_STATIC: ICU and
# libsodium are linked statically (their headers would otherwise declare
# dllimport).
set(CMAKE_C_FLAGS_INIT "-march=x86-64-v2 -mtune=generic")
set(CMAKE_CXX_FLAGS_INIT "-march=x86-64-v2 -mtune=generic -DU_STATIC_IMPLEMENTATION -DSODIUM_STATIC")
# No libstdc++/libgcc/winpthread DLLs: the executable needs only Windows'.
set(CMAKE_EXE_LINKER_FLAGS_INIT "-static -static-libgcc -static-libstdc++")

# Survive try_compile, which re-reads this file in a fresh project.
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES PG_WINDOWS_DEPS)
if(NOT PG_WINDOWS_DEPS AND DEFINED ENV{PG_WINDOWS_DEPS})
  set(PG_WINDOWS_DEPS "$ENV{PG_WINDOWS_DEPS}")
endif()

set(CMAKE_FIND_ROOT_PATH /usr/${PG_MINGW_TRIPLE} ${PG_WINDOWS_DEPS})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)   # protoc, python3, bash: the build machine's
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# pkg-config sees only the dependency prefixes.
set(_pg_pc "")
foreach(_p IN LISTS PG_WINDOWS_DEPS)
  list(APPEND _pg_pc "${_p}/lib/pkgconfig")
endforeach()
string(REPLACE ";" ":" _pg_pc "${_pg_pc}")
set(ENV{PKG_CONFIG_LIBDIR} "${_pg_pc}")
set(ENV{PKG_CONFIG_PATH} "")
