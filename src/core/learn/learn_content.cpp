// The Learn pages' words. Facts follow the physical-therapy article Unknot is built on and the
// figures in docs (PRODUCT.md's "Facts to use exactly"); every sentence is written for Unknot.
// Self-care is offered as things that "may" or "can" help: none of it is a treatment plan.
#include "core/learn/learn_content.h"

#include <cassert>

namespace unknot {
namespace {

constexpr Text kNone{"", ""};
constexpr Text kHowTo{"How to do it", "Cómo hacerlo"};
constexpr Text kWhatToChange{"What you can change", "Qué puedes cambiar"};

LearnLink to(Screen screen) { return LearnLink{screen, std::nullopt}; }
LearnLink card(ExerciseId id) { return LearnLink{Screen::Routine, id}; }

std::vector<LearnPageContent> understanding() {
  std::vector<LearnPageContent> pages;
  pages.push_back({
      LearnPage::WhatIsAKnot, "what_is_a_knot", LearnGroup::Understanding,
      Text{"What a knot is", "Qué es un nudo"},
      {
          Text{"A muscle knot is a small area of a muscle that stays tight and tender. It can feel like a hard "
               "spot or a little bump under the skin. Clinicians often call it a trigger point.",
               "Un nudo muscular es una zona pequeña de un músculo que se queda tensa y sensible. Puede notarse "
               "como un punto duro o un pequeño bulto bajo la piel. Los profesionales suelen llamarlo punto "
               "gatillo."},
          Text{"In the lower back, a knot usually sits beside the spine or just above the sacrum, the flat "
               "triangle-shaped bone at the bottom of the spine. Long hours of sitting and stress both load "
               "this area, which is why knots are common here.",
               "En la zona lumbar, un nudo suele estar junto a la columna o justo encima del sacro, el hueso "
               "plano con forma de triángulo que hay al final de la columna. Pasar muchas horas sentado y el "
               "estrés cargan esta zona, por eso los nudos son frecuentes aquí."},
          Text{"A knot is focused: you can usually point to it with one finger. General muscle soreness, for "
               "example the day after a hard workout, tends to feel spread out over a wider area.",
               "Un nudo es localizado: normalmente puedes señalarlo con un dedo. El dolor muscular general, por "
               "ejemplo al día siguiente de un entrenamiento duro, suele notarse repartido por una zona más "
               "amplia."},
          Text{"Knots can hurt, but they are not dangerous in themselves. They are a sign that a muscle has "
               "been working too hard and needs some care. Most ease with regular movement, stretching and "
               "the self-care steps in this section.",
               "Los nudos pueden doler, pero en sí mismos no son peligrosos. Indican que un músculo ha "
               "trabajado demasiado y necesita cuidados. La mayoría se alivian con movimiento regular, "
               "estiramientos y los pasos de autocuidado de esta sección."},
      },
      kNone, {}, kNone,
      {to(Screen::Checkin), card(ExerciseId::CatCow)},
  });
  pages.push_back({
      LearnPage::Symptoms, "symptoms", LearnGroup::Understanding,
      Text{"Symptoms", "Síntomas"},
      {
          Text{"Knots can be large or small. Some only hurt when you press on them; others ache all the time.",
               "Los nudos pueden ser grandes o pequeños. Algunos solo duelen al presionarlos; otros duelen "
               "todo el tiempo."},
      },
      Text{"What people often notice", "Lo que se suele notar"},
      {
          Text{"A hard lump in a muscle of the lower back", "Un bulto duro en un músculo de la zona lumbar"},
          Text{"Pain in one particular spot", "Dolor en un punto concreto"},
          Text{"Pain that spreads to nearby areas", "Dolor que se extiende a zonas cercanas"},
          Text{"Anything from a sharp pain to a dull ache", "Desde un dolor agudo hasta un dolor sordo"},
          Text{"Pain that gets worse with some movements, positions or activities",
               "Dolor que empeora con ciertos movimientos, posturas o actividades"},
          Text{"Stiffness, or not being able to move as far as usual",
               "Rigidez, o no poder moverte tanto como de costumbre"},
          Text{"Trouble bending, lifting, twisting or getting comfortable to sleep",
               "Dificultad para agacharte, levantar peso, girar el tronco o ponerte cómodo para dormir"},
      },
      Text{"Some symptoms are not from a knot and need a clinician, some of them straight away. Check the "
           "warning signs on \"Get care now\".",
           "Algunos síntomas no se deben a un nudo y necesitan a un profesional, algunos de inmediato. Revisa "
           "las señales de alarma en \"Busca atención ya\"."},
      {to(Screen::CareNow), to(Screen::Checkin)},
  });
  return pages;
}

std::vector<LearnPageContent> causes() {
  std::vector<LearnPageContent> pages;
  pages.push_back({
      LearnPage::OverdoingIt, "overdoing_it", LearnGroup::Causes,
      Text{"Overdoing it", "Pasarse de la raya"},
      {
          Text{"Lifting, bending or twisting more than your body is ready for can overload the muscles of the "
               "lower back. Starting a hard workout programme all at once can do the same, and so can hours "
               "of a familiar job such as gardening or housework.",
               "Levantar peso, agacharte o girar el tronco más de lo que tu cuerpo está preparado para hacer "
               "puede sobrecargar los músculos lumbares. Empezar de golpe un programa de ejercicio intenso "
               "puede tener el mismo efecto, y también pasar horas en una tarea conocida como la jardinería o "
               "las tareas de casa."},
      },
      kWhatToChange,
      {
          Text{"Build up new exercise or heavy jobs gradually, over days or weeks.",
               "Aumenta poco a poco el ejercicio nuevo o los trabajos pesados, a lo largo de días o semanas."},
          Text{"Split long jobs into shorter spells with breaks in between.",
               "Divide las tareas largas en ratos más cortos con descansos entre ellos."},
          Text{"Keep loads close to your body and bend at the hips and knees.",
               "Lleva las cargas cerca del cuerpo y flexiona caderas y rodillas."},
      },
      kNone,
      {to(Screen::Routine)},
  });
  pages.push_back({
      LearnPage::RepetitiveMotions, "repetitive_motions", LearnGroup::Causes,
      Text{"Repetitive motions", "Movimientos repetitivos"},
      {
          Text{"Doing the same movement again and again, such as turning to one side or rounding your back, "
               "can overuse some muscles and leave them tight and tense.",
               "Repetir el mismo movimiento una y otra vez, como girarte hacia un lado o redondear la espalda, "
               "puede sobrecargar algunos músculos y dejarlos tensos."},
      },
      kWhatToChange,
      {
          Text{"Vary the task: switch sides, or alternate it with something different.",
               "Varía la tarea: cambia de lado o altérnala con otra distinta."},
          Text{"Take short movement breaks and move your back the other way.",
               "Haz pausas cortas para moverte y lleva la espalda en la dirección contraria."},
          Text{"Set up your workspace so you don't have to twist to reach what you use most.",
               "Organiza tu espacio para no tener que girarte para alcanzar lo que más usas."},
      },
      kNone,
      {card(ExerciseId::StandingRotation)},
  });
  pages.push_back({
      LearnPage::MuscleImbalance, "muscle_imbalance", LearnGroup::Causes,
      Text{"Muscle imbalance", "Desequilibrio muscular"},
      {
          Text{"When the core or the glutes (the buttock muscles) are weak, the back muscles take on extra "
               "work when you lift, play sports or do chores. That extra effort can leave them tense and more "
               "prone to knots.",
               "Cuando el abdomen o los glúteos están débiles, los músculos de la espalda asumen trabajo extra "
               "al levantar peso, hacer deporte o las tareas de casa. Ese esfuerzo de más puede dejarlos tensos "
               "y más propensos a los nudos."},
      },
      kWhatToChange,
      {
          Text{"Strengthen the core and glutes a few times a week.",
               "Fortalece el abdomen y los glúteos varias veces por semana."},
          Text{"Bird dog and donkey kicks in the routine work these muscles.",
               "El perro de caza y las patadas de burro de la rutina trabajan estos músculos."},
      },
      kNone,
      {card(ExerciseId::BirdDog), card(ExerciseId::DonkeyKicks)},
  });
  pages.push_back({
      LearnPage::OnePosition, "one_position", LearnGroup::Causes,
      Text{"Staying in one position", "Pasar mucho tiempo en la misma postura"},
      {
          Text{"Sitting or standing the same way for a long time can make the lower back tense and stiff, "
               "and that tension can turn into a knot.",
               "Estar sentado o de pie de la misma manera durante mucho tiempo puede tensar y agarrotar la zona "
               "lumbar, y esa tensión puede acabar en un nudo."},
      },
      kWhatToChange,
      {
          Text{"Change position often: stand up, shift, walk a few steps.",
               "Cambia de postura a menudo: levántate, muévete, camina unos pasos."},
          Text{"Add gentle movements through the day, such as a few rounds of cat cow.",
               "Añade movimientos suaves a lo largo del día, como unas cuantas rondas de gato-vaca."},
      },
      kNone,
      {card(ExerciseId::CatCow), to(Screen::Position)},
  });
  pages.push_back({
      LearnPage::Stress, "stress", LearnGroup::Causes,
      Text{"Stress and emotional tension", "Estrés y tensión emocional"},
      {
          Text{"When you feel anxious or overwhelmed, your muscles tend to tighten. The neck and upper back "
               "are often first, but the lower back can tighten too.",
               "Cuando te sientes con ansiedad o desbordado, los músculos tienden a tensarse. El cuello y la "
               "parte alta de la espalda suelen ser los primeros, pero la zona lumbar también puede tensarse."},
      },
      kWhatToChange,
      {
          Text{"Take a few minutes of slow belly breathing when you notice tension.",
               "Dedica unos minutos a respirar despacio con el abdomen cuando notes tensión."},
          Text{"A short walk can lower stress and loosen the back.",
               "Un paseo corto puede bajar el estrés y soltar la espalda."},
      },
      kNone,
      {to(Screen::Breathe)},
  });
  pages.push_back({
      LearnPage::InjuriesAndConditions, "injuries_and_conditions", LearnGroup::Causes,
      Text{"Injuries and other conditions", "Lesiones y otras afecciones"},
      {
          Text{"Strains and sprains, and conditions such as arthritis, sciatica or spinal stenosis, can add "
               "tension to the muscles of the lower back and make knots more likely.",
               "Las distensiones y los esguinces, y afecciones como la artrosis, la ciática o la estenosis "
               "espinal, pueden aumentar la tensión de los músculos lumbares y hacer más probables los nudos."},
      },
      kWhatToChange,
      {
          Text{"Follow the advice of the clinician who treats the condition.",
               "Sigue los consejos del profesional que trata la afección."},
          Text{"Ask them which exercises in the routine suit you.",
               "Pregúntale qué ejercicios de la rutina te convienen."},
      },
      Text{"Pain after a fall or an accident, or pain with numbness or weakness, needs a clinician. See the "
           "warning signs.",
           "El dolor tras una caída o un accidente, o el dolor con entumecimiento o debilidad, necesita a un "
           "profesional. Consulta las señales de alarma."},
      {to(Screen::CareNow)},
  });
  return pages;
}

std::vector<LearnPageContent> self_care() {
  std::vector<LearnPageContent> pages;
  pages.push_back({
      LearnPage::Heat, "heat", LearnGroup::SelfCare,
      Text{"Heat", "Calor"},
      {
          Text{"Warmth brings more blood to a tense area, which can help the muscle relax. A heating pad, a "
               "hot-water bottle, a warm shower or a bath all work.",
               "El calor lleva más sangre a una zona tensa, lo que puede ayudar a que el músculo se relaje. "
               "Sirven una almohadilla térmica, una bolsa de agua caliente, una ducha o un baño calientes."},
      },
      kHowTo,
      {
          Text{"Warm, not hot: it should feel comfortable.", "Templado, no ardiendo: debe resultar agradable."},
          Text{"Put a towel or cloth between the heat and your skin.",
               "Pon una toalla o un paño entre el calor y la piel."},
          Text{"Use it for 15 to 20 minutes at a time, then take a break.",
               "Úsalo de 15 a 20 minutos cada vez y luego descansa."},
          Text{"Check your skin now and then for redness.", "Revisa la piel de vez en cuando por si se enrojece."},
      },
      Text{"Never fall asleep on a heating pad, and don't use heat on skin that feels numb: both can cause "
           "burns. Skip heat on a fresh injury that is swollen or hot.",
           "No te duermas nunca sobre una almohadilla térmica ni pongas calor en piel que notas dormida: ambas "
           "cosas pueden causar quemaduras. Evita el calor en una lesión reciente que esté hinchada o caliente."},
      {to(Screen::Checkin)},
  });
  pages.push_back({
      LearnPage::BallMassage, "ball_massage", LearnGroup::SelfCare,
      Text{"Self-massage with a ball", "Automasaje con una pelota"},
      {
          Text{"Steady pressure on a trigger point can help it let go. A massage therapist can do this, and you "
               "can also do it yourself with a tennis ball or a firmer lacrosse ball against a wall.",
               "Una presión mantenida sobre un punto gatillo puede ayudar a soltarlo. Puede hacerlo un "
               "masajista, y también puedes hacerlo tú con una pelota de tenis o una pelota de lacrosse, más "
               "dura, contra la pared."},
      },
      kHowTo,
      {
          Text{"Stand with your back to a wall and place the ball between the wall and the tender spot, beside "
               "the spine, never on the spine itself.",
               "Ponte de espaldas a una pared y coloca la pelota entre la pared y el punto sensible, al lado de "
               "la columna, nunca sobre la columna."},
          Text{"Lean in gently and bend your knees a little to roll the ball slowly.",
               "Apóyate con suavidad y flexiona un poco las rodillas para hacer rodar la pelota despacio."},
          Text{"When you find the tender spot, hold still and breathe slowly for 30 to 60 seconds.",
               "Cuando encuentres el punto sensible, quédate quieto y respira despacio de 30 a 60 segundos."},
          Text{"Aim for pressure that feels like a good ache, not pain. Start with a tennis ball.",
               "Busca una presión que se note como una molestia agradable, no como dolor. Empieza con una pelota "
               "de tenis."},
      },
      Text{"Ease off if the pain grows sharp or you feel numbness or tingling. Skip bruised or injured areas.",
           "Afloja si el dolor se vuelve agudo o notas entumecimiento u hormigueo. Evita zonas con moratones o "
           "lesiones."},
      {to(Screen::Breathe)},
  });
  pages.push_back({
      LearnPage::FoamRolling, "foam_rolling", LearnGroup::SelfCare,
      Text{"Foam rolling", "Rodillo de espuma"},
      {
          Text{"Rolling slowly over tight muscles can help release tension. For the lower back, a foam roller "
               "is often easiest used on the muscles around it, such as the buttocks and the upper back.",
               "Rodar despacio sobre músculos tensos puede ayudar a soltar la tensión. Para la zona lumbar, el "
               "rodillo suele ser más fácil de usar en los músculos de alrededor, como los glúteos y la parte "
               "alta de la espalda."},
      },
      kHowTo,
      {
          Text{"Sit or lie on the roller and support your weight with your hands and feet.",
               "Siéntate o túmbate sobre el rodillo y apoya tu peso en las manos y los pies."},
          Text{"Roll slowly, about an inch (2 to 3 cm) a second, for a minute or two on each area.",
               "Rueda despacio, unos 2 o 3 cm por segundo, durante uno o dos minutos en cada zona."},
          Text{"Pause on a tight spot and breathe out slowly.",
               "Detente en un punto tenso y suelta el aire despacio."},
          Text{"For a small spot beside the spine, a ball against a wall is gentler to aim.",
               "Para un punto pequeño junto a la columna, una pelota contra la pared es más fácil de dirigir."},
      },
      Text{"Keep the roller off the spine's bones and stop if the pain gets sharp or spreads.",
           "No pongas el rodillo sobre los huesos de la columna y para si el dolor se vuelve agudo o se "
           "extiende."},
      {},
  });
  pages.push_back({
      LearnPage::Walking, "walking", LearnGroup::SelfCare,
      Text{"Walking", "Caminar"},
      {
          Text{"A walk gets blood moving, warms the muscles and lowers stress, all of which can ease tension "
               "in the back. A review of trials in people with long-lasting low back pain (Sitthipornvorakul "
               "and colleagues, 2018) found that walking eased pain about as much as other treatments "
               "without medicine.",
               "Un paseo mueve la sangre, calienta los músculos y baja el estrés, y todo eso puede aliviar la "
               "tensión de la espalda. Una revisión de ensayos en personas con dolor lumbar de larga duración "
               "(Sitthipornvorakul y colaboradores, 2018) vio que caminar aliviaba el dolor más o menos como "
               "otros tratamientos sin medicamentos."},
      },
      kHowTo,
      {
          Text{"Start with 10 minutes at an easy pace, on flat ground.",
               "Empieza con 10 minutos a paso tranquilo, por terreno llano."},
          Text{"Add a few minutes every few days as it feels fine.",
               "Añade unos minutos cada pocos días si te sienta bien."},
          Text{"Let your arms swing and stand tall.", "Deja que los brazos se balanceen y mantente erguido."},
      },
      Text{"Turn back if the pain builds as you walk, or spreads down a leg.",
           "Vuelve si el dolor aumenta mientras caminas o baja por una pierna."},
      {to(Screen::Checkin)},
  });
  pages.push_back({
      LearnPage::EpsomBath, "epsom_bath", LearnGroup::SelfCare,
      Text{"An Epsom salt bath", "Un baño con sales de Epsom"},
      {
          Text{"A warm bath soothes tense muscles. Epsom salt is magnesium sulfate; some people find it helps "
               "their muscles relax, though the evidence for the salt itself is limited. The warmth is the "
               "part we know helps.",
               "Un baño templado calma los músculos tensos. Las sales de Epsom son sulfato de magnesio; a "
               "algunas personas les ayudan a relajar los músculos, aunque las pruebas sobre la sal en sí son "
               "escasas. Lo que sabemos que ayuda es el calor."},
      },
      kHowTo,
      {
          Text{"Fill the bath with warm, not hot, water.", "Llena la bañera con agua templada, no muy caliente."},
          Text{"Stir in the amount the package suggests until it dissolves.",
               "Añade la cantidad que indique el envase y remueve hasta que se disuelva."},
          Text{"Soak for 15 to 20 minutes, then get up slowly.",
               "Quédate de 15 a 20 minutos y levántate despacio."},
      },
      Text{"Get out if you feel dizzy, and drink some water afterwards. Ask a clinician first if you have heart "
           "problems, diabetes or broken skin.",
           "Sal si te mareas y bebe algo de agua después. Consulta antes a un profesional si tienes problemas "
           "de corazón, diabetes o heridas en la piel."},
      {},
  });
  pages.push_back({
      LearnPage::Water, "water", LearnGroup::SelfCare,
      Text{"Drinking water", "Beber agua"},
      {
          Text{"Muscles work best when you are well hydrated, and staying hydrated may help prevent tension and "
               "discomfort.",
               "Los músculos funcionan mejor cuando estás bien hidratado, y mantenerte hidratado puede ayudar a "
               "prevenir la tensión y las molestias."},
      },
      kHowTo,
      {
          Text{"Keep a glass or bottle of water where you sit or work.",
               "Ten un vaso o una botella de agua donde te sientas o trabajas."},
          Text{"Drink regularly through the day, and more when it is hot or you exercise.",
               "Bebe a menudo a lo largo del día, y más cuando hace calor o haces ejercicio."},
          Text{"Pale yellow urine is a simple sign that you are drinking enough.",
               "Una orina de color amarillo claro es una señal sencilla de que bebes lo suficiente."},
      },
      Text{"If a clinician has told you to limit fluids, follow their advice.",
           "Si un profesional te ha indicado limitar los líquidos, sigue su consejo."},
      {},
  });
  pages.push_back({
      LearnPage::DeepBreathing, "deep_breathing", LearnGroup::SelfCare,
      Text{"Deep breathing", "Respiración profunda"},
      {
          Text{"Slow breathing from the belly calms the body's stress response, and lower stress can help all "
               "your muscles relax, the lower back included.",
               "Respirar despacio con el abdomen calma la respuesta del cuerpo al estrés, y menos estrés puede "
               "ayudar a que todos los músculos se relajen, también los de la zona lumbar."},
      },
      kHowTo,
      {
          Text{"Sit or lie comfortably with one hand on your belly.",
               "Siéntate o túmbate cómodamente con una mano sobre el abdomen."},
          Text{"Breathe in through your nose and let your belly rise under your hand.",
               "Inhala por la nariz y deja que el abdomen suba bajo la mano."},
          Text{"Breathe out slowly, a little longer than you breathed in.",
               "Exhala despacio, un poco más de lo que inhalaste."},
          Text{"Keep going for a few minutes. The Breathe screen paces you.",
               "Sigue unos minutos. La pantalla Respirar te marca el ritmo."},
      },
      Text{"If you feel light-headed, go back to breathing normally.",
           "Si te mareas, vuelve a respirar con normalidad."},
      {to(Screen::Breathe), to(Screen::Position)},
  });
  pages.push_back({
      LearnPage::Stretching, "stretching", LearnGroup::SelfCare,
      Text{"Regular stretching", "Estirar con regularidad"},
      {
          Text{"Gentle stretches improve blood flow and ease tightness, helping muscles relax. A little every "
               "day tends to help more than a lot once in a while.",
               "Los estiramientos suaves mejoran el riego y alivian la rigidez, y ayudan a que los músculos se "
               "relajen. Un poco cada día suele ayudar más que mucho de vez en cuando."},
      },
      kHowTo,
      {
          Text{"Move into each stretch slowly until you feel a gentle pull.",
               "Entra en cada estiramiento despacio hasta notar un tirón suave."},
          Text{"Hold it and keep breathing; don't bounce.", "Mantenlo sin dejar de respirar; no hagas rebotes."},
          Text{"Child's pose with a side bend, the kneeling hip flexor stretch and the seal stretch are in the "
               "routine.",
               "La postura del niño con inclinación lateral, el estiramiento de flexores de cadera de rodillas "
               "y el estiramiento de foca están en la rutina."},
      },
      Text{"A stretch should never cause sharp pain. Stop if pain spreads down a leg or you feel numbness.",
           "Un estiramiento nunca debe causar dolor agudo. Para si el dolor baja por una pierna o notas "
           "entumecimiento."},
      {card(ExerciseId::ChildsPoseSideBend), card(ExerciseId::KneelingHipFlexor), card(ExerciseId::SealStretch)},
  });
  pages.push_back({
      LearnPage::CoreStrength, "core_strength", LearnGroup::SelfCare,
      Text{"Core strengthening", "Fortalecer el abdomen"},
      {
          Text{"Strong core and glute muscles share the work the lower back would otherwise do alone. "
               "Strength work won't ease a knot right away; its value is in prevention, making knots and some "
               "injuries less likely in the future.",
               "Unos músculos abdominales y glúteos fuertes reparten el trabajo que, si no, haría sola la zona "
               "lumbar. El trabajo de fuerza no alivia un nudo al momento; su valor está en la prevención, "
               "porque hace menos probables los nudos y algunas lesiones en el futuro."},
      },
      kHowTo,
      {
          Text{"Do strength exercises two or three times a week.", "Haz ejercicios de fuerza dos o tres veces por semana."},
          Text{"Start with bird dog and donkey kicks, slowly and with control.",
               "Empieza con el perro de caza y las patadas de burro, despacio y con control."},
          Text{"Add repetitions over weeks, not all at once.",
               "Añade repeticiones a lo largo de semanas, no de golpe."},
      },
      Text{"Mild muscle tiredness is normal; sharp pain is a sign to stop.",
           "Un cansancio muscular leve es normal; el dolor agudo es una señal para parar."},
      {card(ExerciseId::BirdDog), card(ExerciseId::DonkeyKicks)},
  });
  return pages;
}

std::vector<LearnPageContent> about() {
  std::vector<LearnPageContent> pages;
  pages.push_back({
      LearnPage::ResearchFigure, "research_figure", LearnGroup::About,
      Text{"About the \"68%\" figure", "Sobre la cifra del \"68%\""},
      {
          Text{"The article Unknot is based on mentions an average 68% reduction in pain. That figure most "
               "likely comes from a study of a 12-week digital programme that used motion sensors and personal "
               "coaching (Bailey et al., JMIR, 2020).",
               "El artículo en el que se basa Unknot menciona una reducción media del dolor del 68%. Esa cifra "
               "probablemente procede de un estudio de un programa digital de 12 semanas que usaba sensores de "
               "movimiento y entrenamiento personal (Bailey y cols., JMIR, 2020)."},
          Text{"In that study, 10,264 people took part and their pain improved by 68% on average. There was no "
               "control group, so we can't tell how much of the change came from the programme itself and how "
               "much would have happened anyway.",
               "En ese estudio participaron 10.264 personas y su dolor mejoró un 68% de media. No hubo grupo de "
               "control, así que no se puede saber qué parte del cambio se debió al programa y qué parte habría "
               "ocurrido de todos modos."},
          Text{"Unknot is a different thing: it has no sensors and no coaching, and it has not been studied. "
               "Don't expect the same result from it. Your own check-ins on Progress show how your back is "
               "doing.",
               "Unknot es algo distinto: no tiene sensores ni entrenamiento personal, y no se ha estudiado. No "
               "esperes de él el mismo resultado. Tus propios registros en Progreso muestran cómo va tu "
               "espalda."},
      },
      kNone, {}, kNone,
      {to(Screen::Progress)},
  });
  pages.push_back({
      LearnPage::References, "references", LearnGroup::About,
      Text{"Where this comes from", "De dónde sale esto"},
      {
          Text{"Unknot's exercises and advice follow an article by physical therapists at Hinge Health on "
               "getting rid of a knot in the lower back, and the research it cites:",
               "Los ejercicios y consejos de Unknot siguen un artículo de fisioterapeutas de Hinge Health sobre "
               "cómo deshacer un nudo en la zona lumbar, y la investigación que cita:"},
      },
      Text{"References", "Referencias"},
      {
          Text{"Shipton, Sagar and Mall (2023). Trigger point management. American Family Physician 107(2).",
               "Shipton, Sagar y Mall (2023). Trigger point management. American Family Physician 107(2)."},
          Text{"Guzmán-Pavón and others (2020). Physical exercise programmes for myofascial trigger points: a "
               "systematic review and meta-analysis. Pain Medicine 21(11).",
               "Guzmán-Pavón y cols. (2020). Programas de ejercicio físico para puntos gatillo miofasciales: "
               "revisión sistemática y metaanálisis. Pain Medicine 21(11)."},
          Text{"Sitthipornvorakul and others (2018). Walking for chronic low back pain: a meta-analysis of "
               "randomised trials. Musculoskeletal Science & Practice 34.",
               "Sitthipornvorakul y cols. (2018). Caminar para el dolor lumbar crónico: metaanálisis de ensayos "
               "aleatorizados. Musculoskeletal Science & Practice 34."},
          Text{"Wilke, Vogt and Banzer (2018). Immediate effects of self-myofascial release on trigger point "
               "sensitivity. Biology of Sport 35(4).",
               "Wilke, Vogt y Banzer (2018). Efectos inmediatos de la autoliberación miofascial sobre la "
               "sensibilidad de los puntos gatillo. Biology of Sport 35(4)."},
          Text{"Bailey and others (2020). Digital care for chronic musculoskeletal pain: 10,000 participant "
               "longitudinal cohort study. Journal of Medical Internet Research (JMIR).",
               "Bailey y cols. (2020). Atención digital para el dolor musculoesquelético crónico: estudio de "
               "cohorte longitudinal con 10.000 participantes. Journal of Medical Internet Research (JMIR)."},
      },
      kNone,
      {},
  });
  pages.push_back({
      LearnPage::Disclaimer, "disclaimer", LearnGroup::About,
      Text{"Not medical advice", "No es consejo médico"},
      {
          Text{"Everything in Unknot is for education and to support your own self-care. It is not medical "
               "advice, a diagnosis or a treatment for any condition, and it does not replace a clinician who "
               "can examine you.",
               "Todo lo que hay en Unknot es educativo y sirve de apoyo a tu autocuidado. No es consejo médico, "
               "ni un diagnóstico, ni un tratamiento para ninguna afección, y no sustituye a un profesional "
               "sanitario que pueda examinarte."},
          Text{"Unknot is not your healthcare provider. If you have questions about your health or your "
               "treatment, or if your symptoms are severe, unusual or getting worse, ask a clinician.",
               "Unknot no es tu proveedor de atención sanitaria. Si tienes preguntas sobre tu salud o tu "
               "tratamiento, o si tus síntomas son intensos, inusuales o van a peor, consulta a un "
               "profesional."},
      },
      kNone, {}, kNone,
      {to(Screen::CareNow)},
  });
  return pages;
}

std::vector<LearnPageContent> build_pages() {
  std::vector<LearnPageContent> pages;
  for (auto part : {understanding(), causes(), self_care(), about()}) {
    for (auto& page : part) pages.push_back(std::move(page));
  }
  return pages;
}

}  // namespace

const std::vector<LearnPageContent>& learn_pages() {
  static const std::vector<LearnPageContent> pages = build_pages();
  return pages;
}

const LearnPageContent& learn_page(LearnPage page) {
  const auto& pages = learn_pages();
  const auto index = static_cast<std::size_t>(page);
  assert(index < pages.size() && pages[index].page == page && "learn pages must be listed in enum order");
  return pages[index];
}

std::optional<LearnPage> learn_page_from_key(std::string_view key) {
  for (const LearnPageContent& content : learn_pages()) {
    if (content.key == key) return content.page;
  }
  return std::nullopt;
}

std::string learn_link_label(Locale locale, const LearnLink& link) {
  if (link.exercise) return fill(tr(locale, Str::LearnLinkExercise), {pick(locale, exercise(*link.exercise).name)});
  switch (link.screen) {
    case Screen::Breathe: return std::string(tr(locale, Str::LearnLinkBreathe));
    case Screen::Position: return std::string(tr(locale, Str::LearnLinkPosition));
    case Screen::Checkin: return std::string(tr(locale, Str::LearnLinkCheckin));
    case Screen::Progress: return std::string(tr(locale, Str::LearnLinkProgress));
    case Screen::CareNow: return std::string(tr(locale, Str::CareTitle));
    case Screen::Routine: return std::string(tr(locale, Str::LearnLinkRoutine));
    default: return std::string(tr(locale, Str::LearnLinkOther));
  }
}

}  // namespace unknot
