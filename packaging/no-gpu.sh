# Without a GPU device (a virtual screen, a virtual machine, a remote session) JavaFX's OpenGL pipeline is
# refused and it falls back to its software pipeline anyway, but only after GTK's and JavaFX's OpenGL probes
# have loaded Mesa's software renderer (llvmpipe with LLVM: ~50 MB resident for the whole run, measured in
# bench/window-memory.sh). There, go straight to the software pipeline. With a GPU nothing changes.
# The software pipeline keeps the region image cache (backgrounds and borders of controls, reused between
# frames) as one 2048 x 1024 int[] on the Java heap, 8 MB for the whole run; without it the controls paint
# their backgrounds afresh, and the tab switches of bench/window-memory.sh took no more CPU.
# The build puts this into the runtime image's launcher (pom.xml); packaging/linux/launcher.sh has it too.
if [ "$(uname -s)" = Linux ] && [ ! -e /dev/dri ] && [ ! -e /dev/nvidiactl ]; then
  GDK_GL=disable; export GDK_GL
  JLINK_VM_OPTIONS="$JLINK_VM_OPTIONS -Dprism.order=sw -Dprism.disableRegionCaching=true"
fi
