// <windows.h> as the project includes it (no min/max macros, the lean
// header set); nothing on other systems. Include it instead of <windows.h>.
#ifndef PRIVACY_GUARD_PLATFORM_WINDOWS_API_H_
#define PRIVACY_GUARD_PLATFORM_WINDOWS_API_H_

#ifdef _WIN32
#ifndef NOMINMAX
#define NOMINMAX
#endif
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>
#endif

#endif  // PRIVACY_GUARD_PLATFORM_WINDOWS_API_H_
