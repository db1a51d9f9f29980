// The one way into C++. bindCore(module) is called once, when the runtime is ready, and returns
// `core`: one method per exported C++ function (unknot_press_widget -> core.pressWidget), built
// from CORE_EXPORTS, which scripts/lib/contract.mjs reads from the EMSCRIPTEN_KEEPALIVE
// declarations. Adding an export in C++ adds its method here; the build fails if a page script
// calls a method C++ doesn't export, or if nothing calls an export (see contract.mjs).
//
// One calling convention: the wasm function itself (module._unknot_*), with the arguments
// marshalled here. Not ccall/cwrap: their strings are copied onto the wasm stack, which an
// import file (megabytes) overflows, and they would add a runtime method to the link. Here a
// string or byte array goes through the heap (malloc, copy, call, free), a returned C string is
// decoded, and nothing else is needed from the runtime.
import { CORE_EXPORTS } from 'unknot-contract';

// Wasm memory had no room for an argument: nothing reached C++, so unlike a trap it harms nothing.
export class NoRoomError extends RangeError {}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function bindCore(module) {
  // Copies bytes into wasm memory, with a terminating 0 when `terminate` (a C string).
  function copyIn(bytes, terminate) {
    const pointer = module._malloc(bytes.length + (terminate ? 1 : 0));
    // 0 is malloc's "no room": copying there would overwrite the app's own memory.
    if (!pointer) throw new NoRoomError(`no room in wasm memory for ${bytes.length} bytes`);
    module.HEAPU8.set(bytes, pointer);
    if (terminate) module.HEAPU8[pointer + bytes.length] = 0;
    return pointer;
  }

  function readString(pointer) {
    const heap = module.HEAPU8;  // read after the call: memory may have grown during it
    let end = pointer;
    while (heap[end] !== 0) end += 1;
    return decoder.decode(heap.subarray(pointer, end));
  }

  function wrap({ symbol, returns, params }) {
    return (...args) => {
      if (args.length !== params.length) {
        throw new TypeError(`${symbol} takes ${params.length} arguments, not ${args.length}`);
      }
      const wasmArgs = [];
      const owned = [];
      try {
        params.forEach((kind, i) => {
          if (kind === 'number') {
            wasmArgs.push(args[i]);
          } else if (kind === 'string') {
            owned.push(copyIn(encoder.encode(String(args[i])), true));
            wasmArgs.push(owned[owned.length - 1]);
          } else {  // bytes: a pointer and a length
            owned.push(copyIn(args[i], false));
            wasmArgs.push(owned[owned.length - 1], args[i].length);
          }
        });
        const result = module[symbol](...wasmArgs);
        if (returns === 'string') return readString(result);
        if (returns === 'unsigned') return result >>> 0;
        return returns === 'void' ? undefined : result;
      } finally {
        for (const pointer of owned) module._free(pointer);
      }
    };
  }

  return Object.freeze(Object.fromEntries(CORE_EXPORTS.map((entry) => [entry.name, wrap(entry)])));
}
