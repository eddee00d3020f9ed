//! Four optional questions that sharpen the diagnosis. Native radio buttons, so they work with
//! a keyboard and a screen reader as they are.

use engine::triage::{Answer, Product, Symptom, Triage};
use yew::prelude::*;

use crate::ui::words::Words;

#[derive(Properties, PartialEq)]
pub struct TriageFormProps {
    pub triage: Option<Triage>,
    pub on_change: Callback<Triage>,
    pub words: Words,
}

fn group<T: Copy + PartialEq + 'static>(
    name: &'static str,
    legend: &'static str,
    options: &[(T, &'static str, &'static str)],
    current: Option<T>,
    pick: Callback<T>,
) -> Html {
    html! {
        <fieldset>
            <legend>{ legend }</legend>
            { for options.iter().map(|(value, id, label)| {
                let value = *value;
                let pick = pick.clone();
                let input_id = format!("{name}-{id}");
                html! {
                    <div class="choice">
                        <input type="radio" name={name} id={input_id.clone()} value={*id}
                            checked={current == Some(value)}
                            onchange={Callback::from(move |_: Event| pick.emit(value))} />
                        <label for={input_id}>{ *label }</label>
                    </div>
                }
            }) }
        </fieldset>
    }
}

#[component]
pub fn TriageForm(props: &TriageFormProps) -> Html {
    let current = props.triage.unwrap_or_default();
    let update = |apply: fn(&mut Triage, Answer)| {
        let on_change = props.on_change.clone();
        Callback::from(move |answer: Answer| {
            let mut next = current;
            apply(&mut next, answer);
            on_change.emit(next);
        })
    };
    let words = props.words.triage();
    let symptoms: Vec<_> = Symptom::ALL
        .iter()
        .zip(words.symptoms)
        .map(|(s, label)| (*s, s.id(), label))
        .collect();
    let products: Vec<_> = Product::ALL
        .iter()
        .zip(words.products)
        .map(|(p, label)| (*p, p.id(), label))
        .collect();
    let answers: Vec<_> = Answer::ALL
        .iter()
        .zip(words.answers)
        .map(|(a, label)| (*a, a.id(), label))
        .collect();
    let on_symptom = {
        let on_change = props.on_change.clone();
        Callback::from(move |s: Symptom| {
            on_change.emit(Triage {
                symptom: Some(s),
                ..current
            })
        })
    };
    let on_product = {
        let on_change = props.on_change.clone();
        Callback::from(move |p: Product| {
            on_change.emit(Triage {
                product: Some(p),
                ..current
            })
        })
    };
    html! {
        <>
            { group("symptom", words.symptom, &symptoms, current.symptom, on_symptom) }
            { group("product", words.product, &products, current.product, on_product) }
            { group("private", words.private_window, &answers, current.works_in_private_window, update(|t, a| t.works_in_private_window = Some(a))) }
            { group("network", words.other_network, &answers, current.works_on_other_network, update(|t, a| t.works_on_other_network = Some(a))) }
            { group("device", words.other_device, &answers, current.works_on_other_device, update(|t, a| t.works_on_other_device = Some(a))) }
        </>
    }
}
