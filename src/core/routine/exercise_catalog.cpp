// The eight exercises of the routine, in English and Spanish: what each can do for the lower back,
// how to do it, what to avoid, when to stop, and its default dose. The wording is our own, careful
// and modest: education and self-care support, not a diagnosis or a prescription.
#include "core/routine/exercise.h"

#include <cassert>
#include <cstddef>

namespace unknot {
namespace {

// A position held for `seconds`, on each side in turn when `per_side`, `rounds` times.
Dosage hold(int seconds, bool per_side, int rounds) {
  Dosage dosage;
  dosage.kind = DoseKind::Hold;
  dosage.hold_s = seconds;
  dosage.per_side = per_side;
  dosage.rounds = rounds;
  dosage.rest_s = 10;
  return dosage;
}

// A movement repeated `count` times at a tempo of `rep_ms` each, on each side in turn when `per_side`.
Dosage reps(int count, int rep_ms, bool per_side) {
  Dosage dosage;
  dosage.kind = DoseKind::Reps;
  dosage.reps = count;
  dosage.rep_ms = rep_ms;
  dosage.per_side = per_side;
  dosage.rounds = 1;
  dosage.rest_s = 10;
  return dosage;
}

constexpr Text kNoSide{"", ""};

std::vector<Exercise> build_catalog() {
  std::vector<Exercise> catalog;
  catalog.reserve(kExerciseCount);

  catalog.push_back(Exercise{
      ExerciseId::CatCow,
      "cat_cow",
      Text{"Cat cow", "Gato-vaca"},
      Text{"Moves the spine gently between rounding and arching, which can help loosen the erector "
           "spinae and other muscles along the lower back. It may ease stiffness after long sitting.",
           "Lleva la columna con suavidad de redondearse a arquearse, lo que puede ayudar a soltar los "
           "erectores de la columna y otros músculos lumbares. Puede aliviar la rigidez tras muchas "
           "horas en una silla."},
      {
          Text{"Start on hands and knees, wrists under shoulders and knees under hips.",
               "Ponte en cuatro apoyos, con las muñecas bajo los hombros y las rodillas bajo las caderas."},
          Text{"Breathe in as you let your belly sink and lift your chest and tailbone (cow).",
               "Inhala mientras dejas bajar el abdomen y elevas el pecho y el coxis (vaca)."},
          Text{"Breathe out as you round your back toward the ceiling, tucking chin and tailbone (cat).",
               "Exhala mientras redondeas la espalda hacia el techo y recoges barbilla y coxis (gato)."},
          Text{"Move slowly with the breath, one full breath per cycle, in a range that feels comfortable.",
               "Muévete despacio con la respiración, una respiración completa por ciclo, sin salir de lo "
               "cómodo."},
      },
      Text{"Inhale into cow, exhale into cat, and let each breath set the pace.",
           "Inhala al pasar a vaca, exhala al pasar a gato y deja que cada respiración marque el ritmo."},
      {
          Text{"Rushing through the movement", "Hacer el movimiento con prisa"},
          Text{"Forcing the arch or the round past comfort",
               "Forzar el arco o la curva más allá de lo cómodo"},
          Text{"Letting the shoulders creep up to the ears", "Subir los hombros hacia las orejas"},
      },
      Text{"Stop if you feel sharp pain, pain that spreads down a leg, numbness or tingling, or pain that "
           "gets worse as you move.",
           "Para si sientes dolor agudo, dolor que baja por una pierna, entumecimiento u hormigueo, o un "
           "dolor que empeora al moverte."},
      kNoSide,
      kNoSide,
      reps(/*count=*/10, /*rep_ms=*/8000, /*per_side=*/false),  // one slow breath a cycle
  });

  catalog.push_back(Exercise{
      ExerciseId::ChildsPoseSideBend,
      "childs_pose_side_bend",
      Text{"Child's pose with side bend", "Postura del niño con inclinación lateral"},
      Text{"Stretches the muscles along the side of the lower back, such as the quadratus lumborum and "
           "latissimus dorsi, as well as the erector spinae. It can help ease tightness on one side.",
           "Estira los músculos del costado de la zona lumbar, como el cuadrado lumbar y el dorsal ancho, "
           "además de los erectores de la columna. Puede ayudar a aliviar la tensión de un lado."},
      {
          Text{"Kneel with your knees apart, then sit your hips back toward your heels.",
               "Arrodíllate con las rodillas separadas y lleva la cadera hacia atrás, hacia los talones."},
          Text{"Reach your arms forward and let your chest and forehead rest down.",
               "Extiende los brazos al frente y deja descansar el pecho y la frente."},
          Text{"Walk both hands to one side until you feel a stretch along the other side of your back.",
               "Camina con las manos hacia un lado hasta notar el estiramiento en el costado contrario."},
          Text{"Keep your hips sinking toward your heels and hold for about 30 seconds.",
               "Mantén la cadera hacia los talones y sostén la postura unos 30 segundos."},
          Text{"Walk your hands back to the centre, then reach to the other side.",
               "Vuelve con las manos al centro y luego estírate hacia el otro lado."},
      },
      Text{"Breathe slowly into the stretched side and let it soften a little on each exhale.",
           "Respira despacio hacia el costado que se estira y déjalo soltarse un poco en cada exhalación."},
      {
          Text{"Lifting the hips off the heels as you reach",
               "Despegar la cadera de los talones al estirarte"},
          Text{"Pushing into a deeper stretch than is comfortable",
               "Forzar un estiramiento más profundo de lo cómodo"},
      },
      Text{"Stop if you feel sharp pain, pain that spreads down a leg, numbness or tingling, or back or "
           "knee pain that gets worse.",
           "Para si sientes dolor agudo, dolor que baja por una pierna, entumecimiento u hormigueo, o dolor "
           "de espalda o de rodillas que empeora."},
      Text{"Reach to the right", "Brazos a la derecha"},
      Text{"Reach to the left", "Brazos a la izquierda"},
      hold(/*seconds=*/30, /*per_side=*/true, /*rounds=*/2),
  });

  catalog.push_back(Exercise{
      ExerciseId::BirdDog,
      "bird_dog",
      Text{"Bird dog", "Perro de caza"},
      Text{"Trains the deep core (transversus abdominis), the back extensors (erector spinae, multifidus) "
           "and the glutes to keep the spine steady as your limbs move. Over time this can help your "
           "lower back share the load.",
           "Entrena la musculatura abdominal profunda (transverso del abdomen), los extensores de la "
           "espalda (erectores de la columna, multífidos) y los glúteos para mantener estable la columna "
           "mientras mueves brazos y piernas. Con el tiempo puede ayudar a repartir mejor la carga lumbar."},
      {
          Text{"Start on hands and knees with a flat back and a long neck.",
               "Ponte en cuatro apoyos con la espalda plana y el cuello largo."},
          Text{"Gently tighten your belly, as if bracing for a light cough.",
               "Contrae suavemente el abdomen, como si te prepararas para una tos ligera."},
          Text{"Reach one arm forward and the opposite leg back until both are level with your body.",
               "Lleva un brazo al frente y la pierna contraria atrás hasta que queden a la altura del "
               "cuerpo."},
          Text{"Hold for about 3 seconds at full reach, keeping your hips level.",
               "Sostén unos 3 segundos con brazo y pierna extendidos, con la cadera nivelada."},
          Text{"Return slowly to hands and knees and repeat; switch sides when the set is done.",
               "Vuelve despacio a cuatro apoyos y repite; cambia de lado al terminar la serie."},
      },
      Text{"Breathe out as you reach, breathe easily during the hold, and breathe in as you return.",
           "Exhala al extenderte, respira con calma durante la pausa e inhala al volver."},
      {
          Text{"Arching the lower back as the leg lifts", "Arquear la zona lumbar al subir la pierna"},
          Text{"Tipping the hips to one side", "Inclinar la cadera hacia un lado"},
          Text{"Holding your breath", "Contener la respiración"},
      },
      Text{"Stop if you feel sharp pain, pain that spreads down a leg, numbness or tingling, or back pain "
           "that builds with each rep.",
           "Para si sientes dolor agudo, dolor que baja por una pierna, entumecimiento u hormigueo, o dolor "
           "de espalda que aumenta con cada repetición."},
      Text{"Right arm, left leg", "Brazo der., pierna izq."},
      Text{"Left arm, right leg", "Brazo izq., pierna der."},
      reps(/*count=*/8, /*rep_ms=*/6000, /*per_side=*/true),  // reach, hold 3 s, return
  });

  catalog.push_back(Exercise{
      ExerciseId::StandingRotation,
      "standing_rotation",
      Text{"Standing rotation", "Rotación de pie"},
      Text{"Turns the trunk gently through a comfortable range, which can help loosen the obliques and "
           "the muscles along the lower back, and may ease stiffness from staying still.",
           "Gira el tronco con suavidad dentro de un rango cómodo, lo que puede ayudar a soltar los "
           "oblicuos y los músculos lumbares, y aliviar la rigidez de pasar mucho tiempo sin moverte."},
      {
          Text{"Stand with your feet hip-width apart and your knees slightly soft.",
               "Ponte de pie con los pies al ancho de la cadera y las rodillas un poco flexionadas."},
          Text{"Cross your arms over your chest or rest your hands on your hips.",
               "Cruza los brazos sobre el pecho o apoya las manos en la cadera."},
          Text{"Keep your hips facing forward and slowly turn your chest and shoulders to one side.",
               "Mantén la cadera mirando al frente y gira despacio el pecho y los hombros hacia un lado."},
          Text{"Turn only as far as is comfortable, about 2 seconds out and 2 seconds back to centre.",
               "Gira solo hasta donde sea cómodo: unos 2 segundos para ir y 2 para volver al centro."},
          Text{"Finish the reps in one direction, then repeat turning the other way.",
               "Termina las repeticiones hacia un lado y luego repite girando hacia el otro."},
      },
      Text{"Breathe out as you turn and breathe in as you come back to centre.",
           "Exhala al girar e inhala al volver al centro."},
      {
          Text{"Swinging or twisting with momentum", "Balancearte o girar con impulso"},
          Text{"Letting the hips and knees turn with the chest",
               "Dejar que la cadera y las rodillas giren con el pecho"},
      },
      Text{"Stop if turning brings sharp pain, pain that spreads down a leg, numbness or tingling, or pain "
           "that gets worse.",
           "Para si el giro te causa dolor agudo, dolor que baja por una pierna, entumecimiento u "
           "hormigueo, o un dolor que empeora."},
      Text{"Turn to the left", "Gira a la izquierda"},
      Text{"Turn to the right", "Gira a la derecha"},
      reps(/*count=*/10, /*rep_ms=*/4000, /*per_side=*/true),  // each direction
  });

  catalog.push_back(Exercise{
      ExerciseId::DonkeyKicks,
      "donkey_kicks",
      Text{"Donkey kicks", "Patada de burro"},
      Text{"Strengthens the glutes, mainly the gluteus maximus, so they can take on more of the work of "
           "lifting and bending. Stronger glutes may ease the load on the lower back muscles.",
           "Fortalece los glúteos, sobre todo el glúteo mayor, para que asuman más trabajo al levantar "
           "peso y al agacharte. Unos glúteos más fuertes pueden aliviar la carga de los músculos "
           "lumbares."},
      {
          Text{"Start on hands and knees with a flat back, wrists under shoulders and knees under hips.",
               "Ponte en cuatro apoyos con la espalda plana, las muñecas bajo los hombros y las rodillas "
               "bajo las caderas."},
          Text{"Gently tighten your belly to keep your lower back still.",
               "Contrae suavemente el abdomen para mantener quieta la zona lumbar."},
          Text{"Keeping the knee bent, lift one foot toward the ceiling until the thigh is level with you.",
               "Con la rodilla doblada, sube un pie hacia el techo hasta que el muslo quede a tu altura."},
          Text{"Squeeze your glute at the top for 1 to 2 seconds.",
               "Aprieta el glúteo arriba durante 1 o 2 segundos."},
          Text{"Lower the knee slowly and repeat; switch legs when the set is done.",
               "Baja la rodilla despacio y repite; cambia de pierna al terminar la serie."},
      },
      Text{"Breathe out as you lift and squeeze, and breathe in as you lower.",
           "Exhala al subir y apretar, e inhala al bajar."},
      {
          Text{"Arching the lower back to lift the leg higher",
               "Arquear la zona lumbar para subir más la pierna"},
          Text{"Letting the hip roll open to one side", "Dejar que la cadera se abra hacia un lado"},
          Text{"Kicking fast instead of lifting with control",
               "Dar patadas rápidas en lugar de subir con control"},
      },
      Text{"Stop if you feel sharp pain in your back or hip, pain that spreads down a leg, numbness or "
           "tingling, or pain that gets worse.",
           "Para si sientes dolor agudo en la espalda o la cadera, dolor que baja por una pierna, "
           "entumecimiento u hormigueo, o un dolor que empeora."},
      Text{"Left leg", "Pierna izquierda"},
      Text{"Right leg", "Pierna derecha"},
      reps(/*count=*/10, /*rep_ms=*/4000, /*per_side=*/true),  // lift, squeeze 1-2 s, lower
  });

  catalog.push_back(Exercise{
      ExerciseId::KneelingHipFlexor,
      "kneeling_hip_flexor",
      Text{"Kneeling hip flexor stretch", "Flexores de cadera de rodillas"},
      Text{"Stretches the hip flexors, mainly the iliopsoas, which runs from the lower spine and pelvis "
           "to the thigh and can tighten with long sitting. Easing it may reduce the pull on the lower "
           "back.",
           "Estira los flexores de la cadera, sobre todo el iliopsoas, que va de la parte baja de la "
           "columna y la pelvis al muslo y puede acortarse con muchas horas en una silla. Soltarlo puede "
           "reducir la tensión sobre la zona lumbar."},
      {
          Text{"Kneel on one knee with the other foot flat in front, both knees bent at about 90 degrees.",
               "Apoya una rodilla en el suelo y el otro pie plano delante, con ambas rodillas a unos 90 "
               "grados."},
          Text{"Put a folded towel or cushion under the knee on the floor if it feels hard.",
               "Si el suelo está duro, pon una toalla doblada o un cojín bajo la rodilla."},
          Text{"Tuck your tailbone slightly and gently squeeze the glute of the kneeling leg.",
               "Lleva el coxis un poco hacia abajo y aprieta con suavidad el glúteo de la pierna apoyada."},
          Text{"Shift your hips forward a little until you feel a stretch at the front of that hip.",
               "Desplaza la cadera un poco al frente hasta notar el estiramiento delante de esa cadera."},
          Text{"Keep your chest tall and hold for about 30 seconds, then switch sides.",
               "Mantén el pecho erguido y sostén unos 30 segundos; luego cambia de lado."},
      },
      Text{"Breathe slowly and evenly, letting the front of the hip relax a little on each exhale.",
           "Respira despacio y con ritmo parejo, y deja que la parte delantera de la cadera se suelte un "
           "poco en cada exhalación."},
      {
          Text{"Arching the lower back instead of tucking the tailbone",
               "Arquear la zona lumbar en lugar de bajar el coxis"},
          Text{"Pushing the hips far forward to force the stretch",
               "Empujar mucho la cadera al frente para forzar el estiramiento"},
          Text{"Leaning the chest forward", "Inclinar el pecho hacia delante"},
      },
      Text{"Stop if you feel sharp pain in your back, hip or knee, pain that spreads down a leg, numbness "
           "or tingling, or pain that gets worse.",
           "Para si sientes dolor agudo en la espalda, la cadera o la rodilla, dolor que baja por una "
           "pierna, entumecimiento u hormigueo, o un dolor que empeora."},
      Text{"Left knee down", "Rodilla izquierda abajo"},
      Text{"Right knee down", "Rodilla derecha abajo"},
      hold(/*seconds=*/30, /*per_side=*/true, /*rounds=*/2),
  });

  catalog.push_back(Exercise{
      ExerciseId::SealStretch,
      "seal_stretch",
      Text{"Seal stretch", "Estiramiento de foca"},
      Text{"A gentle press-up from lying on your belly that bends the lower back backwards. It may ease "
           "stiffness in the erector spinae and stretches the abdominals at the front of the trunk.",
           "Una elevación suave desde boca abajo que lleva la zona lumbar hacia atrás. Puede aliviar la "
           "rigidez de los erectores de la columna y estira los abdominales en la parte delantera del "
           "tronco."},
      {
          Text{"Lie on your belly with your legs straight and your hands under your shoulders.",
               "Acuéstate boca abajo con las piernas estiradas y las manos bajo los hombros."},
          Text{"Press up onto your forearms, or your hands for more stretch, keeping your hips down.",
               "Empuja hasta apoyarte en los antebrazos, o en las manos para estirar más, con la cadera "
               "en el suelo."},
          Text{"Rise only as far as is comfortable, with your lower back and glutes relaxed.",
               "Sube solo hasta donde te resulte cómodo, con la zona lumbar y los glúteos relajados."},
          Text{"Keep your shoulders down, away from your ears, and hold for about 25 seconds.",
               "Mantén los hombros bajos, lejos de las orejas, y sostén unos 25 segundos."},
          Text{"Lower yourself slowly and rest before the next round.",
               "Baja despacio y descansa antes de la siguiente ronda."},
      },
      Text{"Breathe slowly and let your belly soften toward the floor as you breathe out.",
           "Respira despacio y deja que el abdomen se relaje hacia el suelo al exhalar."},
      {
          Text{"Lifting the hips off the floor", "Despegar la cadera del suelo"},
          Text{"Pushing up higher than is comfortable", "Subir más de lo que resulta cómodo"},
          Text{"Shrugging the shoulders up to the ears", "Encoger los hombros hacia las orejas"},
      },
      Text{"Stop if bending back brings sharp pain, pain that spreads down a leg, numbness or tingling, "
           "or pain that gets worse.",
           "Para si al arquearte sientes dolor agudo, dolor que baja por una pierna, entumecimiento u "
           "hormigueo, o un dolor que empeora."},
      kNoSide,
      kNoSide,
      hold(/*seconds=*/25, /*per_side=*/false, /*rounds=*/3),
  });

  catalog.push_back(Exercise{
      ExerciseId::DiaphragmaticBreathing,
      "diaphragmatic_breathing",
      Text{"Diaphragmatic breathing", "Respiración diafragmática"},
      Text{"Slow belly breathing trains the diaphragm, which works with the deep core (transversus "
           "abdominis) to support the spine. Calmer breathing may also ease stress-related tension in "
           "the lower back.",
           "La respiración lenta con el abdomen entrena el diafragma, que trabaja con la musculatura "
           "abdominal profunda (transverso del abdomen) para sostener la columna. Respirar con calma "
           "también puede aliviar la tensión lumbar ligada al estrés."},
      {
          Text{"Lie on your back with your knees bent and your feet flat on the floor.",
               "Acuéstate boca arriba con las rodillas dobladas y los pies apoyados en el suelo."},
          Text{"Rest one hand on your chest and the other on your belly.",
               "Apoya una mano en el pecho y la otra en el abdomen."},
          Text{"Breathe in slowly through your nose so your belly rises while your chest stays almost still.",
               "Inhala despacio por la nariz de modo que el abdomen suba y el pecho casi no se mueva."},
          Text{"Breathe out gently and let your belly fall.",
               "Exhala con suavidad y deja que el abdomen baje."},
          Text{"Keep a slow, easy rhythm for about 3 minutes.",
               "Mantén un ritmo lento y cómodo durante unos 3 minutos."},
      },
      Text{"Breathe in through your nose into your belly, and let each exhale be slow and a little longer.",
           "Inhala por la nariz hacia el abdomen y deja que cada exhalación sea lenta y algo más larga."},
      {
          Text{"Lifting the chest and shoulders instead of the belly",
               "Subir el pecho y los hombros en lugar del abdomen"},
          Text{"Forcing breaths that are too deep or too fast",
               "Forzar respiraciones demasiado profundas o rápidas"},
      },
      Text{"Stop if you feel dizzy, or if back pain turns sharp, spreads down a leg, brings numbness or "
           "tingling, or gets worse.",
           "Para si te mareas, o si el dolor de espalda se vuelve agudo, baja por una pierna, causa "
           "entumecimiento u hormigueo, o empeora."},
      kNoSide,
      kNoSide,
      hold(/*seconds=*/180, /*per_side=*/false, /*rounds=*/1),
  });

  return catalog;
}

}  // namespace

const std::vector<Exercise>& exercise_catalog() {
  static const std::vector<Exercise> kCatalog = build_catalog();
  assert(kCatalog.size() == kExerciseCount && "the catalog must hold every exercise");
  return kCatalog;
}

const Exercise& exercise(ExerciseId id) {
  const std::vector<Exercise>& catalog = exercise_catalog();
  const auto index = static_cast<std::size_t>(id);
  assert(index < catalog.size() && "exercise id out of range");
  const Exercise& found = catalog[index];
  assert(found.id == id && "the catalog must list exercises in ExerciseId order");
  return found;
}

std::optional<ExerciseId> exercise_from_key(std::string_view key) {
  for (const Exercise& candidate : exercise_catalog()) {
    if (candidate.key == key) return candidate.id;
  }
  return std::nullopt;
}

}  // namespace unknot
