/* Tests only, never shipped: Debian's Wine 8.0 has no bcryptprimitives.dll, whose ProcessPrng
 * current Rust std imports for random numbers (HashMap keys, for one). This stand-in, built with
 * mingw and put beside qbo-check.exe by tests/e2e/windows.test.mjs, answers it through
 * RtlGenRandom (advapi32's SystemFunction036), which Wine has. Real Windows 10 and 11 have the
 * real DLL. */
#include <windows.h>

BOOLEAN NTAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length) {
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk)) return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
